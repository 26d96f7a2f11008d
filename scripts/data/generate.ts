import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { TinyAgentError } from "../../src/base/index.js";
import { datasetStats, formatDatasetStats } from "./datasetStats.js";
import { type GeneratedSplit, generateSplit } from "./generateSplit.js";
import { SPLITS, type Split } from "./Split.js";

/** What `npm run data` is asked for. */
export interface GenerateOptions {
  readonly seed: number;
  readonly counts: Readonly<Record<Split, number>>;
  readonly out: string;
}

const DEFAULTS: GenerateOptions = {
  seed: 1,
  counts: { train: 150_000, val: 2_000, test: 2_000 },
  out: "data",
};

const USAGE = "usage: npm run data -- [--seed N] [--train N] [--val N] [--test N] [--out DIR]";

const HELP = `${USAGE}

Generates the synthetic planner dataset: DIR/train.jsonl, val.jsonl and test.jsonl, one
{"id","now","query","plan","tools"} row a line. The same seed writes the same bytes; the test split
uses phrasings and names the training split never sees.

  --seed N    (default ${DEFAULTS.seed})
  --train N   training rows (default ${DEFAULTS.counts.train})
  --val N     validation rows (default ${DEFAULTS.counts.val})
  --test N    test rows (default ${DEFAULTS.counts.test})
  --out DIR   (default ${DEFAULTS.out})`;

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value))
    throw new TinyAgentError("data/usage", `--${name} must be a whole number, got "${value}".\n${USAGE}`);
  return Number(value);
}

/** Reads the command line (`--seed 7 --train 1000 --out /tmp/data`). */
export function parseGenerateArgs(argv: readonly string[]): GenerateOptions {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        seed: { type: "string" },
        train: { type: "string" },
        val: { type: "string" },
        test: { type: "string" },
        out: { type: "string" },
      },
      strict: true,
    }));
  } catch (error) {
    throw new TinyAgentError("data/usage", `${(error as Error).message}\n${USAGE}`, { cause: error });
  }
  return {
    seed: count(values.seed, "seed", DEFAULTS.seed),
    counts: {
      train: count(values.train, "train", DEFAULTS.counts.train),
      val: count(values.val, "val", DEFAULTS.counts.val),
      test: count(values.test, "test", DEFAULTS.counts.test),
    },
    out: values.out ?? DEFAULTS.out,
  };
}

/**
 * Generates the three splits in order (val and test never repeat a train query), writes
 * `<out>/train.jsonl`, `val.jsonl` and `test.jsonl`, and returns the report it prints.
 */
export function generateDataset(options: GenerateOptions): string {
  const seen = new Set<string>();
  const report: string[] = [`seed ${options.seed}`];
  mkdirSync(options.out, { recursive: true });
  for (const split of SPLITS) {
    const started = performance.now();
    const generated: GeneratedSplit = generateSplit({
      seed: options.seed,
      split,
      count: options.counts[split],
      seen,
    });
    const path = join(options.out, `${split}.jsonl`);
    const text = generated.rows
      .map(({ row }) =>
        JSON.stringify({ id: row.id, now: row.now, query: row.query, plan: row.plan, tools: row.tools }),
      )
      .join("\n");
    writeFileSync(path, generated.rows.length === 0 ? "" : `${text}\n`);
    const seconds = (performance.now() - started) / 1000;
    report.push(
      `${path}: ${generated.rows.length} rows, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s ` +
        `(redrawn: ${generated.duplicates} duplicate queries, ${generated.rejectedDates} date phrases chrono read otherwise)`,
      formatDatasetStats(split, datasetStats(generated.rows)),
    );
  }
  return report.join("\n");
}

/** `npm run data -- …`: exit code 2 for bad arguments. */
export function main(argv: readonly string[]): number {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  try {
    const options = parseGenerateArgs(argv);
    console.log(generateDataset({ ...options, out: resolve(options.out) }));
    return 0;
  } catch (error) {
    if (TinyAgentError.isInstance(error) && error.code === "data/usage") {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
