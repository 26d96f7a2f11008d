/**
 * Writes the ToolRAG example bank, `models/toolrag/examples.jsonl.gz`: a few thousand diverse
 * solved requests from the training split, one `{"query","plan","tools"}` a line, gzip-compressed.
 *   npx tsx scripts/toolrag/buildExampleBank.ts [--data data/train.jsonl] [--out FILE] [--count 3000]
 * `npm run train:toolrag` runs it too.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { PlanExample } from "../../src/toolrag/index.js";
import type { DatasetRow } from "../train/parseDatasetRows.js";
import { parseDatasetRows } from "../train/parseDatasetRows.js";
import { seededRandom } from "../train/seededRandom.js";

/** Enough for every tool combination to have neighbours, small enough to ship (well under 1 MB). */
export const DEFAULT_BANK_SIZE = 3000;

/**
 * Picks up to `count` examples, as diverse as the rows allow: rows are grouped by the set of tools
 * their plan uses, and groups take turns (rare combinations get in before the tenth variant of a
 * common one), each group in a seeded shuffle; a query seen before is skipped. Only the shorter
 * half of each group is eligible: six retrieved examples go into every prompt, and a long example
 * (a rambling request, a long message) costs prompt tokens without teaching more. Deterministic
 * for a given seed and row order.
 */
export function chooseExamples(rows: readonly DatasetRow[], count: number, seed = 1): PlanExample[] {
  const random = seededRandom(seed);
  const groups = new Map<string, DatasetRow[]>();
  for (const row of rows) {
    const key = [...row.tools].sort().join(",");
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const queues = [...groups.keys()].sort().map((key) => shuffle(shorterHalf(groups.get(key) ?? []), random));
  const seen = new Set<string>();
  const chosen: PlanExample[] = [];
  while (chosen.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const row = queue.shift();
      if (row === undefined || chosen.length >= count) continue;
      const folded = row.query.toLowerCase().replace(/\s+/g, " ").trim();
      if (seen.has(folded)) continue;
      seen.add(folded);
      chosen.push({ query: row.query, plan: row.plan, tools: [...row.tools] });
    }
  }
  return chosen;
}

/** The rows no longer than the group's median (query plus plan, in characters), in their order. */
function shorterHalf(rows: readonly DatasetRow[]): DatasetRow[] {
  const size = (row: DatasetRow) => row.query.length + row.plan.length;
  const sizes = rows.map(size).sort((a, b) => a - b);
  const median = sizes[Math.floor((sizes.length - 1) / 2)] ?? 0;
  return rows.filter((row) => size(row) <= median);
}

/** The bank file's bytes: JSON Lines, gzip at the highest level (the file is committed). */
export function encodeExampleBank(examples: readonly PlanExample[]): Buffer {
  const text = examples.map((example) => JSON.stringify(example)).join("\n");
  return gzipSync(`${text}\n`, { level: 9 });
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: "data/train.jsonl" },
      out: { type: "string", default: "models/toolrag/examples.jsonl.gz" },
      count: { type: "string", default: String(DEFAULT_BANK_SIZE) },
    },
  });
  const rows = parseDatasetRows(await readFile(values.data, "utf8"), values.data);
  const examples = chooseExamples(rows, Number(values.count));
  const bytes = encodeExampleBank(examples);
  await writeFile(values.out, bytes);
  console.log(`wrote ${values.out}: ${examples.length} examples, ${Math.round(bytes.length / 1024)} KB`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  await main();
