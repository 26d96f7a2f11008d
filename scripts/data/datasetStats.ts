import type { GeneratedRow } from "./generateSplit.js";

/** Counts and sizes of one split, for `npm run data`'s report. */
export interface DatasetStats {
  readonly rows: number;
  readonly distinctQueries: number;
  readonly meanQueryChars: number;
  readonly meanQueryWords: number;
  readonly meanPlanSteps: number;
  readonly templates: number;
  readonly intents: Readonly<Record<string, number>>;
  readonly tools: Readonly<Record<string, number>>;
  readonly dateFamilies: Readonly<Record<string, number>>;
}

const countBy = (keys: readonly string[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((left, right) => right[1] - left[1]));
};

/** Statistics of generated rows: per intent, per tool (rows using it), per date family, lengths. */
export function datasetStats(rows: readonly GeneratedRow[]): DatasetStats {
  const total = Math.max(rows.length, 1);
  const sum = (values: readonly number[]) => values.reduce((left, right) => left + right, 0);
  return {
    rows: rows.length,
    distinctQueries: new Set(rows.map(({ row }) => row.query)).size,
    meanQueryChars: sum(rows.map(({ row }) => row.query.length)) / total,
    meanQueryWords: sum(rows.map(({ row }) => row.query.split(/\s+/).length)) / total,
    meanPlanSteps:
      sum(rows.map(({ row }) => row.plan.split("\n").filter((line) => /^\d+\. /.test(line)).length)) / total,
    templates: new Set(rows.flatMap(({ templates }) => templates)).size,
    intents: countBy(rows.map(({ intent }) => intent)),
    tools: countBy(rows.flatMap(({ row }) => (row.tools.length === 0 ? ["(none: join only)"] : row.tools))),
    dateFamilies: countBy(rows.flatMap(({ phraseFamilies }) => phraseFamilies)),
  };
}

/** The statistics as plain text lines. */
export function formatDatasetStats(name: string, stats: DatasetStats): string {
  const table = (title: string, counts: Readonly<Record<string, number>>) =>
    [
      `  ${title}:`,
      ...Object.entries(counts).map(
        ([key, count]) =>
          `    ${key.padEnd(28)} ${String(count).padStart(6)}  ${((100 * count) / Math.max(stats.rows, 1)).toFixed(1)}%`,
      ),
    ].join("\n");
  return [
    `${name}: ${stats.rows} rows, ${stats.distinctQueries} distinct queries, ${stats.templates} templates used`,
    `  mean query: ${stats.meanQueryChars.toFixed(1)} chars, ${stats.meanQueryWords.toFixed(1)} words; mean plan: ${stats.meanPlanSteps.toFixed(2)} steps incl. join`,
    table("intents", stats.intents),
    table("tools (rows using each)", stats.tools),
    table("date phrase families", stats.dateFamilies),
  ].join("\n");
}
