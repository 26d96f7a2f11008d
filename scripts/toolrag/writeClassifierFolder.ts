import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { TOKENIZER_CONFIG, wordPieceTokenizerJson } from "./wordPieceTokenizer.js";

/** What a classifier folder's text files say: its tokenizer, the graph's kind, the labels. */
export interface ClassifierFolderFiles {
  /** The Hugging Face `tokenizer.json` object. */
  readonly tokenizer: object;
  readonly tokenizerConfig: object;
  /** `config.json`'s `architectures[0]`. */
  readonly architecture: string;
  readonly vocabSize: number;
  /** The graph's outputs, in order. */
  readonly labels: readonly string[];
}

/**
 * Writes the Hugging Face layout's text files for one of our classifiers into `folder`:
 * `tokenizer.json`, `tokenizer_config.json` and `config.json` naming the outputs in order, and
 * makes `onnx/` for the graph the Python side exports.
 */
export async function writeClassifierFolder(folder: string, files: ClassifierFolderFiles): Promise<void> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const { labels } = files;
  await mkdir(path.join(folder, "onnx"), { recursive: true });
  await writeFile(path.join(folder, "tokenizer.json"), `${JSON.stringify(files.tokenizer)}\n`);
  await writeFile(path.join(folder, "tokenizer_config.json"), json(files.tokenizerConfig));
  await writeFile(
    path.join(folder, "config.json"),
    json({
      architectures: [files.architecture],
      model_type: "tinyagent-toolrag",
      problem_type: "multi_label_classification",
      id2label: Object.fromEntries(labels.map((name, index) => [String(index), name])),
      label2id: Object.fromEntries(labels.map((name, index) => [name, index])),
      vocab_size: files.vocabSize,
    }),
  );
}

/** The files of a convolutional classifier (toolrag_model.py) over a WordPiece `vocabulary`. */
export function wordPieceFolderFiles(
  vocabulary: readonly string[],
  labels: readonly string[],
): ClassifierFolderFiles {
  return {
    tokenizer: wordPieceTokenizerJson(vocabulary),
    tokenizerConfig: TOKENIZER_CONFIG,
    architecture: "ToolRagModel",
    vocabSize: vocabulary.length,
    labels,
  };
}
