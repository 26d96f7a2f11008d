import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { greedyPlanText } from "../scripts/train/greedyPlanText.js";
import { type ParitySample, readParitySamples } from "../scripts/train/readParitySamples.js";
import { LlamaCppPlanner } from "../src/planner/node/LlamaCppPlanner.js";

/**
 * The committed embedded planner must be the model its trainer produced: node-llama-cpp has to
 * tokenize and greedily decode the sample prompts exactly as train_planner.py did (emulating
 * llama.cpp's F16 arithmetic). `npm run train:planner` writes both files; until it has, this skips.
 */
const MODEL_PATH = resolve(import.meta.dirname, "../models/planner/tinyagent-compact.gguf");
const SAMPLES_PATH = resolve(import.meta.dirname, "../models/planner/parity.jsonl");
const available = existsSync(MODEL_PATH) && existsSync(SAMPLES_PATH);

describe.skipIf(!available)("the embedded planner GGUF", () => {
  let planner: LlamaCppPlanner;
  let samples: ParitySample[];

  beforeAll(async () => {
    samples = await readParitySamples(SAMPLES_PATH);
    planner = await LlamaCppPlanner.load({ modelPath: MODEL_PATH, threads: 1, contextSize: 1024 });
  });

  afterAll(async () => {
    await planner?.dispose();
  });

  it("is a completion model with samples to check", () => {
    expect(planner.promptFormat).toBe("completion");
    expect(samples.length).toBeGreaterThan(0);
  });

  it("tokenizes every sample prompt as SentencePiece did", () => {
    for (const sample of samples)
      expect(planner.tokenize(sample.prompt), sample.prompt).toEqual(sample.promptTokens);
  });

  it("decodes every sample prompt greedily to the trainer's text", async () => {
    for (const sample of samples) {
      expect(await greedyPlanText(planner, sample.prompt, sample.maxTokens), sample.prompt).toBe(sample.text);
    }
  });
});
