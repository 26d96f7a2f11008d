import { access } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ClassifierToolSelector, type EmbedTexts } from "../index.js";
import { OnnxToolClassifier } from "./OnnxToolClassifier.js";
import { readExampleBank } from "./readExampleBank.js";

/** Our embedded ToolRAG model and example bank, shipped in the package's `models/toolrag/`. */
export const EMBEDDED_TOOLRAG_DIR = fileURLToPath(new URL("../../../models/toolrag/", import.meta.url));

/** The example bank's file name inside a ToolRAG folder. */
export const EXAMPLE_BANK_FILE = "examples.jsonl.gz";

export interface LoadToolSelectorOptions {
  /** A classifier folder in the Hugging Face layout (default: the embedded one). */
  readonly folder?: string;
  /**
   * The example bank (default: the folder's `examples.jsonl.gz`, else the embedded bank, so a
   * user's exported TinyAgent-ToolRAG folder still gets examples).
   */
  readonly examplesFile?: string;
  readonly threshold?: number;
  readonly minTools?: number;
  readonly requiredThreshold?: number;
  readonly exampleCount?: number;
  readonly threads?: number;
  /** Rank examples by cosine similarity with this local embedding model instead of BM25. */
  readonly embed?: EmbedTexts;
}

/**
 * Builds ToolRAG from files: the ONNX classifier and the example bank, wrapped in a
 * {@link ClassifierToolSelector} that owns the classifier (call `dispose()`).
 */
export async function loadToolSelector(
  options: LoadToolSelectorOptions = {},
): Promise<ClassifierToolSelector> {
  const folder = options.folder ?? EMBEDDED_TOOLRAG_DIR;
  const examplesFile = options.examplesFile ?? (await defaultExamplesFile(folder));
  const examples = await readExampleBank(examplesFile, options.embed ? { embed: options.embed } : {});
  const classifier = await OnnxToolClassifier.load(
    folder,
    options.threads === undefined ? {} : { threads: options.threads },
  );
  return new ClassifierToolSelector({
    classifier,
    examples,
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    ...(options.minTools === undefined ? {} : { minTools: options.minTools }),
    ...(options.requiredThreshold === undefined ? {} : { requiredThreshold: options.requiredThreshold }),
    ...(options.exampleCount === undefined ? {} : { exampleCount: options.exampleCount }),
  });
}

async function defaultExamplesFile(folder: string): Promise<string> {
  const own = path.join(folder, EXAMPLE_BANK_FILE);
  try {
    await access(own);
    return own;
  } catch {
    return path.join(EMBEDDED_TOOLRAG_DIR, EXAMPLE_BANK_FILE);
  }
}
