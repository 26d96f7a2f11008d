/**
 * Splits a byte stream into text lines as the Server-Sent Events format defines them: a line ends at
 * CRLF, LF or a lone CR. Chunks may split anywhere (inside a line, between CR and LF, inside a UTF-8
 * multi-byte character), so decoding is streaming and a CR at the end of one chunk swallows a LF at
 * the start of the next. A leading byte-order mark is dropped by the decoder. The last line is
 * yielded even without a line break, since servers do not always end the stream with one.
 */
export async function* sseLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let afterCarriageReturn = false;

  function* split(text: string): Generator<string> {
    let start = 0;
    for (let position = 0; position < text.length; position++) {
      const character = text[position];
      if (afterCarriageReturn) {
        afterCarriageReturn = false;
        if (character === "\n") {
          start = position + 1;
          continue;
        }
      }
      if (character === "\r" || character === "\n") {
        yield pending + text.slice(start, position);
        pending = "";
        start = position + 1;
        afterCarriageReturn = character === "\r";
      }
    }
    pending += text.slice(start);
  }

  for await (const chunk of chunks) yield* split(decoder.decode(chunk, { stream: true }));
  yield* split(decoder.decode());
  if (pending !== "") yield pending;
}
