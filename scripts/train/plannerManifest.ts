import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { TinyAgentError } from "../../src/base/index.js";

/** `manifest.json` as train_planner.py writes it (planner_export.write_model). */
export const plannerManifestSchema = z.object({
  format: z.literal("tinyagent-planner/1"),
  hyperparameters: z.object({
    contextLength: z.int().positive(),
    embeddingLength: z.int().positive(),
    blockCount: z.int().positive(),
    feedForwardLength: z.int().positive(),
    headCount: z.int().positive(),
    headCountKv: z.int().positive(),
    layerNormRmsEpsilon: z.number().positive(),
    ropeFreqBase: z.number().positive(),
    vocabularySize: z.int().positive(),
  }),
  tokenizer: z.object({
    model: z.literal("sentencepiece-bpe"),
    addSpacePrefix: z.boolean(),
    bosTokenId: z.int().nonnegative(),
    eosTokenId: z.int().nonnegative(),
    unknownTokenId: z.int().nonnegative(),
    tokens: z.array(z.string()),
    scores: z.array(z.number()),
    types: z.array(z.int()),
  }),
  matrixType: z.enum(["F16", "F32"]),
  weights: z.object({
    file: z.string(),
    dtype: z.literal("float32-le"),
    bytes: z.int().nonnegative(),
    tensors: z.array(
      z.object({ name: z.string(), shape: z.array(z.int().positive()), offset: z.int().nonnegative() }),
    ),
  }),
  /** Free-form training statistics (steps, tokens/s, losses, options). */
  training: z.record(z.string(), z.unknown()),
});

export type PlannerManifest = z.output<typeof plannerManifestSchema>;

/**
 * Reads and validates `manifest.json` in a training run folder.
 *
 * @throws TinyAgentError `train/manifest` when it is missing or does not match the schema.
 */
export async function readPlannerManifest(runDirectory: string): Promise<PlannerManifest> {
  const path = join(runDirectory, "manifest.json");
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new TinyAgentError("train/manifest", `Cannot read ${path}: ${String(error)}`, { cause: error });
  }
  const parsed = plannerManifestSchema.safeParse(value);
  if (!parsed.success) {
    throw new TinyAgentError("train/manifest", `${path} is not a planner manifest: ${parsed.error.message}`, {
      context: { path },
    });
  }
  return parsed.data;
}
