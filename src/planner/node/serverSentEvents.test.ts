import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serverSentEvents } from "./serverSentEvents.js";
import { sseLines } from "./sseLines.js";

const encoder = new TextEncoder();

async function* chunksOf(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    yield bytes.slice(start, cut);
    start = cut;
  }
  yield bytes.slice(start);
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("sseLines", () => {
  it("ends lines at LF, CRLF and a lone CR, even when CR and LF arrive in different chunks", async () => {
    const bytes = encoder.encode("a\r\nb\nc\rd\r\n\r\ne");
    const cutBetweenCarriageReturnAndLineFeed = 2;
    expect(await collect(sseLines(chunksOf(bytes, [cutBetweenCarriageReturnAndLineFeed])))).toEqual([
      "a",
      "b",
      "c",
      "d",
      "",
      "e",
    ]);
  });

  it("decodes a multi-byte character split across chunks", async () => {
    const bytes = encoder.encode("ğ\n");
    expect(bytes.length).toBe(3);
    expect(await collect(sseLines(chunksOf(bytes, [1])))).toEqual(["ğ"]);
  });
});

describe("serverSentEvents", () => {
  it("yields data payloads, skipping comments and other fields, joining multi-line data", async () => {
    const text = ': ping\n\nevent: message\nid: 4\ndata: {"a":1}\n\ndata:x\ndata: y\n\ndata: [DONE]';
    expect(await collect(serverSentEvents(chunksOf(encoder.encode(text), [])))).toEqual([
      '{"a":1}',
      "x\ny",
      "[DONE]",
    ]);
  });

  it("gives the same events however the bytes are split (any line ending, any text)", async () => {
    const payload = fc.string({ unit: "grapheme", maxLength: 12 }).filter((text) => !/[\r\n]/.test(text));
    await fc.assert(
      fc.asyncProperty(
        fc.array(payload, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (payloads, newline, rawCuts) => {
          const text = payloads.map((data) => `data: ${data}${newline}${newline}`).join(`: ping${newline}`);
          const bytes = encoder.encode(text);
          const cuts = rawCuts.map((cut) => cut % (bytes.length + 1));
          expect(await collect(serverSentEvents(chunksOf(bytes, cuts)))).toEqual(payloads);
        },
      ),
    );
  });
});
