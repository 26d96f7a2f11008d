import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { LlamaCppPlanner } from "../../src/planner/node/LlamaCppPlanner.js";
import { greedyPlanText } from "./greedyPlanText.js";
import { type ParitySample, readParitySamples } from "./readParitySamples.js";

export interface CheckParityOptions {
  /** The exported GGUF. */
  readonly modelPath: string;
  /** The training run folder with parity.jsonl and tokenizer-check.jsonl. */
  readonly runDirectory: string;
  /** Where to copy the samples for the CI test (models/planner/parity.jsonl); omitted: no copy. */
  readonly ciCopyPath?: string;
  /** How many samples the CI copy keeps (default 10). */
  readonly ciCopyCount?: number;
  /** Context window (default 1024: prompt plus plan). */
  readonly contextSize?: number;
}

export interface TextMismatch {
  readonly prompt: string;
  readonly expected: string;
  readonly actual: string;
  /** The trainer's closest top-two logit gap on this prompt: near 0 means a near-tie flipped. */
  readonly minMargin: number;
}

export interface TokenMismatch {
  readonly text: string;
  readonly expected: readonly number[];
  readonly actual: readonly number[];
}

export interface ParityReport {
  readonly samples: number;
  readonly textMismatches: readonly TextMismatch[];
  /** Texts (parity prompts, whole validation examples, stress strings) tokenized by both sides. */
  readonly tokenizerChecks: number;
  readonly tokenMismatches: readonly TokenMismatch[];
  /** Samples written to `ciCopyPath`. */
  readonly ciSamples: number;
}

/**
 * Proves the exported GGUF is the trained model: node-llama-cpp (through {@link LlamaCppPlanner},
 * one thread, completion mode, no grammar) must tokenize every checked text exactly as
 * SentencePiece did, and decode every parity prompt greedily to the trainer's text. Then copies
 * the matching samples with the widest logit margins (least sensitive to summation order on
 * another CPU) to `ciCopyPath` for test/embeddedPlanner.parity.test.ts.
 */
export async function checkParity(options: CheckParityOptions): Promise<ParityReport> {
  const samples = await readParitySamples(join(options.runDirectory, "parity.jsonl"));
  const checks = (await readFile(join(options.runDirectory, "tokenizer-check.jsonl"), "utf8"))
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { text: string; ids: number[] });
  const planner = await LlamaCppPlanner.load({
    modelPath: options.modelPath,
    threads: 1,
    contextSize: options.contextSize ?? 1024,
    mode: "completion",
  });
  try {
    const tokenMismatches: TokenMismatch[] = [];
    const compareTokens = (text: string, expected: readonly number[]) => {
      const actual = planner.tokenize(text);
      if (!sameNumbers(actual, expected)) tokenMismatches.push({ text, expected, actual });
    };
    for (const check of checks) compareTokens(check.text, check.ids);
    for (const sample of samples) compareTokens(sample.prompt, sample.promptTokens);

    const textMismatches: TextMismatch[] = [];
    const matching: ParitySample[] = [];
    for (const sample of samples) {
      const actual = await greedyPlanText(planner, sample.prompt, sample.maxTokens);
      if (actual === sample.text) matching.push(sample);
      else
        textMismatches.push({
          prompt: sample.prompt,
          expected: sample.text,
          actual,
          minMargin: sample.minMargin,
        });
    }

    let ciSamples = 0;
    if (options.ciCopyPath !== undefined) {
      const chosen = [...matching]
        .sort((left, right) => right.minMargin - left.minMargin)
        .slice(0, options.ciCopyCount ?? 10);
      await mkdir(dirname(options.ciCopyPath), { recursive: true });
      await writeFile(options.ciCopyPath, chosen.map((sample) => `${JSON.stringify(sample)}\n`).join(""));
      ciSamples = chosen.length;
    }
    return {
      samples: samples.length,
      textMismatches,
      tokenizerChecks: checks.length + samples.length,
      tokenMismatches,
      ciSamples,
    };
  } finally {
    await planner.dispose();
  }
}

function sameNumbers(left: readonly number[], right: readonly number[]): boolean {
  return left.length === right.length && left.every((value, index) => value === right[index]);
}
