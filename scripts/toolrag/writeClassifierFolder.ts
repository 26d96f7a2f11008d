import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { TOKENIZER_CONFIG, wordPieceTokenizerJson } from "./wordPieceTokenizer.js";

/**
 * Writes the Hugging Face layout's text files for one of our classifiers into `folder`:
 * `tokenizer.json` (WordPiece over `vocabulary`), `tokenizer_config.json` and `config.json` naming
 * the outputs `labels` in order, and makes `onnx/` for the graph the Python side exports.
 */
export async function writeClassifierFolder(
  folder: string,
  { vocabulary, labels }: { readonly vocabulary: readonly string[]; readonly labels: readonly string[] },
): Promise<void> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  await mkdir(path.join(folder, "onnx"), { recursive: true });
  await writeFile(
    path.join(folder, "tokenizer.json"),
    `${JSON.stringify(wordPieceTokenizerJson(vocabulary))}\n`,
  );
  await writeFile(path.join(folder, "tokenizer_config.json"), json(TOKENIZER_CONFIG));
  await writeFile(
    path.join(folder, "config.json"),
    json({
      architectures: ["ToolRagModel"],
      model_type: "tinyagent-toolrag",
      problem_type: "multi_label_classification",
      id2label: Object.fromEntries(labels.map((name, index) => [String(index), name])),
      label2id: Object.fromEntries(labels.map((name, index) => [name, index])),
      vocab_size: vocabulary.length,
    }),
  );
}
