import { access, readFile } from "node:fs/promises";
import path from "node:path";
import type { Tokenizer } from "@huggingface/tokenizers";
import type { InferenceSession, Tensor } from "onnxruntime-node";
import { TinyAgentError, throwIfAborted } from "../../base/index.js";
import { addsSpecialTokens, type ToolClassifier, toolLabels, truncateTokenIds } from "../index.js";

/** The reference truncates the query to 512 tokens (spec §5); so does every BERT-sized model. */
export const MAX_CLASSIFIER_TOKENS = 512;

// Where exports put the graph: transformers.js's layout first, then optimum-cli's.
const MODEL_FILES = ["onnx/model.onnx", "model.onnx"];

export interface OnnxToolClassifierOptions {
  /** CPU threads for one inference (default 1: a query is a few dozen tokens, threads cost more than they save). */
  readonly threads?: number;
}

type OnnxRuntime = typeof import("onnxruntime-node");

/**
 * A {@link ToolClassifier} over a model folder in the Hugging Face layout: `config.json` (its
 * `id2label` names the tools), `tokenizer.json` and `tokenizer_config.json`, and `onnx/model.onnx`
 * (or `model.onnx`) taking `input_ids` and `attention_mask` (and `token_type_ids` when the graph
 * asks for it) and returning one logit per label. Scores are `sigmoid(logits)`, multi-label, as
 * the reference's `squeeze-ai-lab/TinyAgent-ToolRAG` is run. The one importer of onnxruntime-node,
 * loaded lazily; owns its session, so call `dispose()`.
 */
export class OnnxToolClassifier implements ToolClassifier {
  readonly labels: readonly string[];
  readonly #session: InferenceSession;
  readonly #tokenizer: Tokenizer;
  readonly #runtime: OnnxRuntime;
  readonly #maxTokens: number;
  readonly #keepsClosingToken: boolean;
  #disposed = false;

  private constructor(
    labels: readonly string[],
    session: InferenceSession,
    tokenizer: Tokenizer,
    runtime: OnnxRuntime,
    maxTokens: number,
    keepsClosingToken: boolean,
  ) {
    this.labels = labels;
    this.#session = session;
    this.#tokenizer = tokenizer;
    this.#runtime = runtime;
    this.#maxTokens = maxTokens;
    this.#keepsClosingToken = keepsClosingToken;
  }

  /**
   * Loads the model folder.
   *
   * @throws TinyAgentError `toolrag/model-folder` when a file is missing or unreadable,
   *   `toolrag/labels` for an unusable `id2label`, `toolrag/model` when the graph does not load or
   *   its inputs and outputs do not fit.
   */
  static async load(folder: string, options: OnnxToolClassifierOptions = {}): Promise<OnnxToolClassifier> {
    const config = await readJson(folder, "config.json");
    const labels = toolLabels((config as { id2label?: unknown }).id2label);
    const tokenizerJson = await readJson(folder, "tokenizer.json");
    const tokenizerConfig = await readJson(folder, "tokenizer_config.json");
    const modelFile = await findModelFile(folder);
    const [{ Tokenizer }, runtime] = await Promise.all([
      import("@huggingface/tokenizers"),
      import("onnxruntime-node") as Promise<OnnxRuntime>,
    ]);
    let session: InferenceSession;
    try {
      session = await runtime.InferenceSession.create(modelFile, {
        intraOpNumThreads: options.threads ?? 1,
        interOpNumThreads: 1,
        executionMode: "sequential",
        graphOptimizationLevel: "all",
        logSeverityLevel: 3,
      });
    } catch (error) {
      throw new TinyAgentError(
        "toolrag/model",
        `Could not load the classifier graph ${modelFile}: ${messageOf(error)}`,
        {
          cause: error,
          context: { modelFile },
        },
      );
    }
    const unknownInput = session.inputNames.find((name) => !FEEDS.has(name));
    if (unknownInput !== undefined || !session.inputNames.includes("input_ids")) {
      await session.release();
      throw new TinyAgentError(
        "toolrag/model",
        `The classifier graph ${modelFile} takes inputs ${session.inputNames.join(", ")}; expected input_ids, attention_mask and optionally token_type_ids.`,
        { context: { modelFile, inputs: session.inputNames } },
      );
    }
    const configured = Number((tokenizerConfig as { model_max_length?: unknown }).model_max_length);
    const maxTokens =
      Number.isInteger(configured) && configured > 1
        ? Math.min(configured, MAX_CLASSIFIER_TOKENS)
        : MAX_CLASSIFIER_TOKENS;
    return new OnnxToolClassifier(
      labels,
      session,
      new Tokenizer(tokenizerJson as object, tokenizerConfig as object),
      runtime,
      maxTokens,
      addsSpecialTokens(tokenizerJson),
    );
  }

  async scores(query: string, options: { readonly signal?: AbortSignal } = {}): Promise<Float32Array> {
    throwIfAborted(options.signal);
    if (this.#disposed) throw new TinyAgentError("toolrag/disposed", "The tool classifier was disposed.");
    const ids = truncateTokenIds(this.#tokenizer.encode(query).ids, this.#maxTokens, this.#keepsClosingToken);
    const shape = [1, ids.length];
    const feeds: Record<string, Tensor> = {};
    for (const name of this.#session.inputNames) {
      const fill = FEEDS.get(name) as (ids: readonly number[]) => bigint[];
      feeds[name] = new this.#runtime.Tensor("int64", BigInt64Array.from(fill(ids)), shape);
    }
    const outputs = await this.#session.run(feeds);
    throwIfAborted(options.signal);
    const outputName = this.#session.outputNames.includes("logits") ? "logits" : this.#session.outputNames[0];
    const logits = outputs[outputName as string]?.data;
    if (!(logits instanceof Float32Array) || logits.length !== this.labels.length) {
      throw new TinyAgentError(
        "toolrag/model",
        `The classifier returned ${logits instanceof Float32Array ? logits.length : "no float"} logits for ${this.labels.length} labels.`,
      );
    }
    return logits.map((logit) => 1 / (1 + Math.exp(-logit)));
  }

  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    await this.#session.release();
  }
}

/** What each accepted graph input gets: the token ids, all-ones mask, all-zero segment ids. */
const FEEDS = new Map<string, (ids: readonly number[]) => bigint[]>([
  ["input_ids", (ids) => ids.map(BigInt)],
  ["attention_mask", (ids) => ids.map(() => 1n)],
  ["token_type_ids", (ids) => ids.map(() => 0n)],
]);

async function readJson(folder: string, name: string): Promise<unknown> {
  const file = path.join(folder, name);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new TinyAgentError(
      "toolrag/model-folder",
      `The classifier folder ${folder} has no readable ${name}.`,
      {
        cause: error,
        context: { folder, file },
      },
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TinyAgentError("toolrag/model-folder", `${file} is not valid JSON: ${messageOf(error)}`, {
      cause: error,
      context: { folder, file },
    });
  }
}

async function findModelFile(folder: string): Promise<string> {
  for (const name of MODEL_FILES) {
    const file = path.join(folder, ...name.split("/"));
    try {
      await access(file);
      return file;
    } catch {
      // Try the next layout.
    }
  }
  throw new TinyAgentError(
    "toolrag/model-folder",
    `The classifier folder ${folder} has no ${MODEL_FILES.join(" or ")}.`,
    { context: { folder } },
  );
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
