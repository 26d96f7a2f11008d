import { compactPrompt } from "../../src/prompt/index.js";
import type { DatasetRow } from "./parseDatasetRows.js";

/** One training or validation example: the model reads `prompt` and learns to write `completion`. */
export interface CorpusItem {
  /** The `compact` profile prompt, ending in `Plan:\n`. */
  readonly prompt: string;
  /** The gold plan, ending in `join()<END_OF_PLAN>`. */
  readonly completion: string;
}

/**
 * The example for `row`: its compact prompt (with a `Tools:` line when `tools` is a strict subset
 * of the built-in tools) and its plan. The planner sees exactly this prompt at run time
 * (`buildPlanRequest` with the compact profile), so the two must never diverge.
 */
export function corpusItem(row: DatasetRow, tools?: readonly string[]): CorpusItem {
  const prompt = compactPrompt({
    query: row.query,
    now: row.now,
    ...(tools === undefined ? {} : { tools: tools.map((name) => ({ name })) }),
  });
  return { prompt, completion: row.plan };
}
