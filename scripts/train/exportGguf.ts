import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { TinyAgentError } from "../../src/base/index.js";
import {
  type LlamaBlockWeights,
  type LlamaGgufModel,
  llamaGgufContents,
  writeGguf,
} from "../../src/planner/gguf/index.js";
import { type PlannerManifest, readPlannerManifest } from "./plannerManifest.js";

export interface ExportGgufOptions {
  /** The training run folder: `manifest.json` and `weights.bin` (train_planner.py --out). */
  readonly runDirectory: string;
  /** Where to write the GGUF (its folder is created). */
  readonly outputPath: string;
  /** Overrides the manifest's storage of the 2-D tensors. */
  readonly matrixType?: "F16" | "F32";
  /** `general.name` (default "tinyagent-compact-planner"). */
  readonly name?: string;
}

const BLOCK_FIELDS = [
  "attentionNorm",
  "attentionQuery",
  "attentionKey",
  "attentionValue",
  "attentionOutput",
  "feedForwardNorm",
  "feedForwardGate",
  "feedForwardUp",
  "feedForwardDown",
] as const satisfies readonly (keyof LlamaBlockWeights)[];

/**
 * Turns a trained planner (train_planner.py's manifest + float32 weights) into a GGUF that
 * node-llama-cpp loads as a `llama` model: F16 matrices by default (the trainer's parity samples
 * emulate F16), the SentencePiece vocabulary with its scores and types, `add_space_prefix` as the
 * tokenizer was trained, no chat template (completion prompts), output tied to the embedding.
 * Returns the file size in bytes.
 *
 * @throws TinyAgentError `train/manifest` for a bad manifest or weights file.
 */
export async function exportGguf(options: ExportGgufOptions): Promise<number> {
  const manifest = await readPlannerManifest(options.runDirectory);
  const weights = await readWeights(manifest, options.runDirectory);
  const shape = manifest.hyperparameters;
  const { tokenizer } = manifest;
  const model: LlamaGgufModel = {
    name: options.name ?? "tinyagent-compact-planner",
    hyperparameters: shape,
    vocabulary: {
      tokens: tokenizer.tokens,
      scores: tokenizer.scores,
      types: tokenizer.types,
      bosTokenId: tokenizer.bosTokenId,
      eosTokenId: tokenizer.eosTokenId,
      unknownTokenId: tokenizer.unknownTokenId,
      addBosToken: true,
      addSpacePrefix: tokenizer.addSpacePrefix,
    },
    weights: {
      tokenEmbedding: weights("tokenEmbedding"),
      blocks: Array.from({ length: shape.blockCount }, (_, index) => {
        const entries = BLOCK_FIELDS.map((field) => [field, weights(`blocks.${index}.${field}`)] as const);
        return Object.fromEntries(entries) as unknown as LlamaBlockWeights;
      }),
      outputNorm: weights("outputNorm"),
    },
    matrixType: options.matrixType ?? manifest.matrixType,
    extraMetadata: [
      {
        key: "general.description",
        type: "string",
        value:
          "TinyAgent's embedded planner: a llama decoder trained from scratch on synthetic plans, " +
          "prompted with the compact profile (raw completion, no chat template).",
      },
    ],
  };
  const bytes = writeGguf(llamaGgufContents(model));
  await mkdir(dirname(options.outputPath), { recursive: true });
  await writeFile(options.outputPath, bytes);
  return bytes.length;
}

/** A lookup of the manifest's tensors by name, each copied out of weights.bin as float32. */
async function readWeights(
  manifest: PlannerManifest,
  runDirectory: string,
): Promise<(name: string) => Float32Array> {
  const file = await readFile(join(runDirectory, manifest.weights.file));
  if (file.length !== manifest.weights.bytes) {
    throw new TinyAgentError(
      "train/manifest",
      `${manifest.weights.file} has ${file.length} bytes; the manifest says ${manifest.weights.bytes}.`,
    );
  }
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const tensors = new Map(manifest.weights.tensors.map((tensor) => [tensor.name, tensor]));
  return (name) => {
    const tensor = tensors.get(name);
    if (tensor === undefined)
      throw new TinyAgentError("train/manifest", `The manifest has no tensor ${name}.`);
    const values = new Float32Array(tensor.shape.reduce((product, dim) => product * dim, 1));
    // DataView: weights.bin is little-endian whatever this machine is, and offsets need no alignment.
    for (let index = 0; index < values.length; index++) {
      values[index] = view.getFloat32(tensor.offset + index * 4, true);
    }
    return values;
  };
}
