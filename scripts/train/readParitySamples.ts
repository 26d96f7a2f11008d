import { readFile } from "node:fs/promises";
import { z } from "zod";

/** One greedy decode by the trainer (parity.jsonl), which node-llama-cpp must reproduce. */
export const paritySampleSchema = z.object({
  /** The compact prompt; the model sees BOS + its tokens. */
  prompt: z.string(),
  /** SentencePiece's tokens of `prompt`, without BOS. */
  promptTokens: z.array(z.int()),
  /** The generated tokens. */
  tokens: z.array(z.int()),
  /** Their text, cut after `<END_OF_PLAN>` when decoding stopped there. */
  text: z.string(),
  /** The decode limit used. */
  maxTokens: z.int().positive(),
  /** Smallest gap between the two best logits over the steps: how close the decode came to a tie. */
  minMargin: z.number(),
  /** The dataset's plan for the prompt, when known. */
  gold: z.string().optional(),
});

export type ParitySample = z.output<typeof paritySampleSchema>;

/** Reads a parity JSONL file (the trainer's parity.jsonl, or the copy in models/planner/). */
export async function readParitySamples(path: string): Promise<ParitySample[]> {
  const text = await readFile(path, "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => paritySampleSchema.parse(JSON.parse(line)));
}
