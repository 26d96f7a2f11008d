import type { EvalReport, EvalRowResult } from "./EvalReport.js";

export interface RenderEvalReportOptions {
  /** Top heading (default "Planner evaluation"). */
  readonly title?: string;
  /** Facts about the run listed under the heading, in order (model, data file, date, …). */
  readonly details?: Readonly<Record<string, string>>;
  /** How many failed predictions to show in full (default 20); the rows table lists all rows. */
  readonly maxFailuresShown?: number;
}

/**
 * The Markdown summary of an eval report (`report.md` next to `report.json`): the metrics table,
 * one table row per dataset row, and the predicted text of failed rows so a reader sees what the
 * model wrote. Rates are shown as percentages with one decimal.
 */
export function renderEvalReport(report: EvalReport, options: RenderEvalReportOptions = {}): string {
  const { title = "Planner evaluation", details = {}, maxFailuresShown = 20 } = options;
  const lines = [`# ${title}`, ""];
  const facts = Object.entries(details);
  if (facts.length > 0) {
    lines.push(...facts.map(([key, value]) => `- **${key}:** ${inlineCode(value)}`), "");
  }
  lines.push(
    "| metric | value |",
    "| --- | --- |",
    `| rows | ${report.n} |`,
    `| success rate (reference, DAG isomorphism) | ${percent(report.success_rate)} |`,
    `| strict success rate (arguments too) | ${percent(report.strict_success_rate)} |`,
    `| malformed rate | ${percent(report.malformed_rate)} |`,
    `| tool recall | ${report.tool_recall.toFixed(3)} |`,
    `| tool precision | ${report.tool_precision.toFixed(3)} |`,
    `| latency p50 / p95 | ${milliseconds(report.latency_ms.p50)} / ${milliseconds(report.latency_ms.p95)} |`,
    `| prompt tokens (mean) | ${report.prompt_tokens_mean === null ? "n/a" : Math.round(report.prompt_tokens_mean)} |`,
    `| plans resumed with a required tool | ${report.resumed_rows} |`,
    "",
    "## Rows",
    "",
    "| id | success | strict | malformed | latency | error |",
    "| --- | --- | --- | --- | --- | --- |",
    ...report.rows.map(
      (row) =>
        `| ${cell(row.id)} | ${mark(row.success === 1)} | ${mark(row.strict_success === 1)} | ` +
        `${row.malformed ? "yes" : "no"} | ${milliseconds(row.latency_ms)} | ${cell(row.error ?? "")} |`,
    ),
  );
  const failures = report.rows.filter((row) => row.success !== 1 || row.strict_success !== 1);
  if (failures.length > 0) {
    lines.push("", "## Failed predictions", "");
    for (const row of failures.slice(0, maxFailuresShown)) lines.push(...failureBlock(row), "");
    if (failures.length > maxFailuresShown) {
      lines.push(`… and ${failures.length - maxFailuresShown} more (see report.json).`, "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function failureBlock(row: EvalRowResult): string[] {
  const verdict =
    row.error ?? (row.malformed ? "malformed" : row.success === 1 ? "wrong arguments" : "wrong plan");
  // A fence longer than any backtick run in the text, so model output cannot close it early.
  const longestRun = Math.max(0, ...(row.pred.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return [
    `### ${cell(row.id)}: ${cell(verdict)}`,
    "",
    `${fence}text`,
    row.pred === "" ? "(empty)" : row.pred,
    fence,
  ];
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)} %`;
}

function milliseconds(value: number): string {
  return `${Math.round(value)} ms`;
}

function mark(ok: boolean): string {
  return ok ? "✓" : "✗";
}

/** Table cells hold one line and no unescaped `|`. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replaceAll("|", "\\|");
}

function inlineCode(text: string): string {
  return `\`${text.replaceAll("`", "'")}\``;
}
