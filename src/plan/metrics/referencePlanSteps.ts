import type { ToolRegistry } from "../../tools/index.js";
import { parsePlan } from "../parsePlan.js";
import type { PlanTask } from "../types.js";

/**
 * The steps the reference metric sees in a plan (spec §7.1): parsed in compat mode (Python
 * literal_eval with its raw-string fallback), cut after the first `join`, kept in a dict keyed by
 * the printed index (a repeated index replaces the earlier step but keeps its position, as a
 * Python dict does), then truncated at the first tool that is neither registered nor `join`
 * ("Tool hallucination error").
 */
export function referencePlanSteps(text: string, options: { registry: ToolRegistry }): PlanTask[] {
  const { registry } = options;
  const parsed = parsePlan(text, { registry, compat: true });
  // A parser that drops an unknown tool's line still reports it: the reference truncates there.
  const taskLines = new Set(parsed.tasks.map((task) => task.line));
  const unknownLine = Math.min(
    ...parsed.issues
      .filter((issue) => issue.code === "plan/unknown-tool" && issue.line > 0 && !taskLines.has(issue.line))
      .map((issue) => issue.line),
  );
  const byIndex = new Map<number, PlanTask>();
  for (const task of parsed.tasks) {
    if (task.line > unknownLine) break;
    byIndex.set(task.idx, task);
    if (task.isJoin || task.tool === "join") break;
  }
  const steps: PlanTask[] = [];
  for (const task of byIndex.values()) {
    if (task.tool !== "join" && !registry.has(task.tool)) break;
    steps.push(task);
  }
  return steps;
}
