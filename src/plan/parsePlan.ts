import type { ToolRegistry } from "../tools/index.js";
import { PlanStreamParser } from "./PlanStreamParser.js";
import type { ParsedPlan, PlanIssue, PlanParseEvent, PlanTask } from "./types.js";

export interface ParsePlanOptions {
  readonly registry: ToolRegistry;
  /** Reference argument parsing (raw-string fallback, lone-list splat); see parsePythonArgs. */
  readonly compat?: boolean;
}

/**
 * Parses a whole plan text: exactly PlanStreamParser fed the text in one chunk, then ended, so
 * batch and streaming results never differ. Tasks stop at the first join or `<END_OF_PLAN>`.
 */
export function parsePlan(text: string, options: ParsePlanOptions): ParsedPlan {
  const parser = new PlanStreamParser(options);
  return collectPlan([...parser.push(text), ...parser.end()]);
}

/** Sorts parser events into a ParsedPlan (tasks and issues, each in emission order). */
export function collectPlan(events: readonly PlanParseEvent[]): ParsedPlan {
  const tasks: PlanTask[] = [];
  const issues: PlanIssue[] = [];
  for (const event of events) {
    if (event.type === "task") tasks.push(event.task);
    else if (event.type === "issue") issues.push(event.issue);
  }
  return { tasks, issues };
}
