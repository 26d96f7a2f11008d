import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { TinyAgentError } from "../../base/index.js";
import { type EmbedTexts, ExampleBank, parseExampleBank } from "../index.js";

/**
 * Reads an example bank file: JSON Lines of `{"query","plan","tools"}`, gzip-compressed when the
 * name ends in `.gz` (the shipped `models/toolrag/examples.jsonl.gz`).
 *
 * @throws TinyAgentError `toolrag/examples` when the file is missing, not gzip, or has bad lines.
 */
export async function readExampleBank(
  file: string,
  options: { readonly embed?: EmbedTexts } = {},
): Promise<ExampleBank> {
  let text: string;
  try {
    const bytes = await readFile(file);
    text = (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  } catch (error) {
    throw new TinyAgentError(
      "toolrag/examples",
      `Could not read the example bank ${file}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
        context: { file },
      },
    );
  }
  return new ExampleBank(parseExampleBank(text, file), options);
}
