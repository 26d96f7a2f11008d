import { sseLines } from "./sseLines.js";

/**
 * The `data` payloads of a Server-Sent Events byte stream, one per event. Comment lines
 * (`: ping`) and the `event`, `id` and `retry` fields are skipped: OpenAI-compatible servers put
 * everything in `data`. Several `data:` lines of one event are joined with "\n" as the format says;
 * an event still open when the stream ends is delivered too (some servers omit the final blank line).
 */
export async function* serverSentEvents(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let data: string[] = [];
  for await (const line of sseLines(chunks)) {
    if (line === "") {
      if (data.length > 0) yield data.join("\n");
      data = [];
      continue;
    }
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    if (field !== "data") continue;
    const value = colon < 0 ? "" : line.slice(colon + 1);
    data.push(value.startsWith(" ") ? value.slice(1) : value);
  }
  if (data.length > 0) yield data.join("\n");
}
