import { percentile } from "../../src/agent/index.js";
import type { ToolClassifier } from "../../src/toolrag/index.js";
import { DEFAULT_TOOL_THRESHOLD, NO_TOOL_LABEL } from "../../src/toolrag/index.js";

export interface ClassifierMeasurement {
  /** Share of rows whose gold tools were all selected. */
  readonly rowRecall: number;
  /** Selected gold tools over all gold tools. */
  readonly microRecall: number;
  readonly meanTools: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

/** Recall, tools selected and latency of a classifier on rows with gold tools (threshold 0.5, no fallback). */
export async function measureClassifier(
  classifier: ToolClassifier,
  rows: readonly { readonly query: string; readonly tools: readonly string[] }[],
): Promise<ClassifierMeasurement> {
  let rowsCovered = 0;
  let goldCovered = 0;
  let gold = 0;
  let selected = 0;
  const times: number[] = [];
  await classifier.scores("warm up");
  for (const row of rows) {
    const started = performance.now();
    const scores = await classifier.scores(row.query);
    times.push(performance.now() - started);
    const chosen = new Set(
      classifier.labels.filter(
        (label, index) => label !== NO_TOOL_LABEL && (scores[index] ?? 0) > DEFAULT_TOOL_THRESHOLD,
      ),
    );
    const hits = row.tools.filter((tool) => chosen.has(tool)).length;
    rowsCovered += hits === row.tools.length ? 1 : 0;
    goldCovered += hits;
    gold += row.tools.length;
    selected += chosen.size;
  }
  const count = Math.max(1, rows.length);
  return {
    rowRecall: rowsCovered / count,
    microRecall: goldCovered / Math.max(1, gold),
    meanTools: selected / count,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
  };
}
