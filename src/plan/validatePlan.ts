import type { ToolParam, ToolRegistry, ToolSpec } from "../tools/index.js";
import { findReferences } from "./findDependencies.js";
import { END_OF_PLAN, PlanStreamParser } from "./PlanStreamParser.js";
import { collectPlan } from "./parsePlan.js";
import type { PlanIssue, PlanTask, PlanValue } from "./types.js";

export interface ValidatePlanOptions {
  readonly registry: ToolRegistry;
  /** Validate the arguments as the reference would parse them; see parsePythonArgs. */
  readonly compat?: boolean;
}

const STEP_LINE = /^\s*(\d+)\. /;
const ACTION_START = /^\s*\d+\. [\p{L}\p{N}_]+\(/u;

/**
 * Every problem of a plan text, each with its 1-based line (0 for the plan as a whole), sorted by
 * line: parse issues (unknown tools, unparsable lines), wrong arity or argument types per the
 * tool's `argsSchema`, `$N` references to steps that do not come before (free text like
 * "costs $3" counts, as in the reference), numbering that does not go 1, 2, 3, …, and a missing
 * join, join with arguments, or steps written after join. A plan that is only `1. join()` is valid.
 * Used by eval (malformed-plan rate), the CLI's `plan` command and the dataset generator.
 */
export function validatePlan(text: string, options: ValidatePlanOptions): PlanIssue[] {
  const parser = new PlanStreamParser(options);
  const { tasks, issues: parseIssues } = collectPlan([...parser.push(text), ...parser.end()]);
  const issues: PlanIssue[] = [...parseIssues, ...numberingIssues(text.slice(0, parser.consumedLength))];
  const earlierSteps = new Set<number>();
  for (const task of tasks) {
    if (task.isJoin) continue;
    const tool = options.registry.get(task.tool);
    if (tool) issues.push(...argumentIssues(task, tool));
    issues.push(...referenceIssues(task, earlierSteps));
    earlierSteps.add(task.idx);
  }
  issues.push(...joinIssues(tasks, text.slice(parser.consumedLength)));
  const order = (issue: PlanIssue) => (issue.line === 0 ? Number.POSITIVE_INFINITY : issue.line);
  return issues
    .map((issue, position) => ({ issue, position }))
    .sort((left, right) => order(left.issue) - order(right.issue) || left.position - right.position)
    .map(({ issue }) => issue);
}

function numberingIssues(planText: string): PlanIssue[] {
  const issues: PlanIssue[] = [];
  let expected = 1;
  planText.split("\n").forEach((line, index) => {
    const match = STEP_LINE.exec(line);
    if (!match) return;
    const step = Number(match[1]);
    if (step !== expected) {
      issues.push({
        line: index + 1,
        message: `step numbers must go 1, 2, 3, …: found ${step} where ${expected} was expected`,
        code: "plan/numbering",
      });
    }
    expected = Math.max(expected, step + 1);
  });
  return issues;
}

function joinIssues(tasks: readonly PlanTask[], afterPlan: string): PlanIssue[] {
  const join = tasks.find((task) => task.isJoin);
  if (!join) return [{ line: 0, message: "the plan does not end with a join() step", code: "plan/join" }];
  const issues: PlanIssue[] = [];
  if (join.argsText.trim() !== "") {
    issues.push({
      line: join.line,
      message: `join() takes no arguments, got (${join.argsText})`,
      code: "plan/join",
    });
  }
  // Text after the stop sequence is not part of the plan; the rest of the join line (index 0) is.
  const marker = afterPlan.indexOf(END_OF_PLAN);
  const rest = marker < 0 ? afterPlan : afterPlan.slice(0, marker);
  rest.split("\n").forEach((line, index) => {
    if (!ACTION_START.test(line)) return;
    issues.push({
      line: join.line + index,
      message: `step ${STEP_LINE.exec(line)?.[1]} comes after join(); join must be the last step`,
      code: "plan/join",
    });
  });
  return issues;
}

function referenceIssues(task: PlanTask, earlierSteps: ReadonlySet<number>): PlanIssue[] {
  return findReferences(task.argsText).flatMap((step): PlanIssue[] => {
    let problem: string | undefined;
    if (step === task.idx) problem = "the step itself";
    else if (step > task.idx) problem = `step ${step}, which comes later`;
    else if (!earlierSteps.has(step)) problem = `step ${step}, which does not exist`;
    if (problem === undefined) return [];
    return [
      {
        line: task.line,
        message: `${task.tool}: $${step} in step ${task.idx} refers to ${problem}; a step can only use results of earlier steps`,
        code: "plan/bad-ref",
      },
    ];
  });
}

function argumentIssues(task: PlanTask, tool: ToolSpec): PlanIssue[] {
  const { params } = tool;
  if (task.args.length !== params.length) {
    const names = params.map((param) => param.name).join(", ");
    return [
      {
        line: task.line,
        message: `${tool.name}: expected ${params.length} argument${params.length === 1 ? "" : "s"} (${names}), got ${task.args.length}`,
        code: "plan/arity",
      },
    ];
  }
  const result = tool.argsSchema.safeParse(task.args);
  if (result.success) return [];
  const reported = new Set<number | string>();
  const issues: PlanIssue[] = [];
  for (const zodIssue of result.error.issues) {
    const [position] = zodIssue.path;
    const key = typeof position === "number" ? position : zodIssue.message;
    if (reported.has(key)) continue;
    reported.add(key);
    const param = typeof position === "number" ? params[position] : undefined;
    const message =
      param && typeof position === "number"
        ? `${tool.name}: argument ${position + 1} (${param.name}) must be ${expectedType(param)}, got ${describeValue(task.args[position] ?? null)}`
        : `${tool.name}: ${zodIssue.message}`;
    issues.push({ line: task.line, message, code: "plan/arg-type" });
  }
  return issues;
}

function expectedType(param: ToolParam): string {
  let expected: string = param.type;
  if (param.kind === "enum" && param.values) {
    expected = `one of ${param.values.map((value) => JSON.stringify(value)).join(", ")}`;
  } else if (param.type === "list[str]" || param.type === "Sequence[str]") {
    expected = `${param.type} or str`;
  }
  return param.nullable ? `${expected} or None` : expected;
}

/** The value's Python type (what the model wrote), plus the value itself for short strings. */
function describeValue(value: PlanValue): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return value.length <= 20 ? `str ${JSON.stringify(value)}` : "str";
  if (Array.isArray(value)) {
    const odd = value.find((item) => typeof item !== "string");
    return odd === undefined ? "list" : `list containing ${describeValue(odd)}`;
  }
  return "dict";
}
