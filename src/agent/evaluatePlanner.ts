import { AbortError, TinyAgentError, throwIfAborted } from "../base/index.js";
import { type PlanGrammarOptions, scorePlan } from "../plan/index.js";
import type { Planner, PlannerStats } from "../planner/index.js";
import type { PromptProfile } from "../prompt/index.js";
import type { ToolSelector } from "../toolrag/index.js";
import { ToolRegistry, type ToolSpec } from "../tools/index.js";
import { buildPlanRequest } from "./buildPlanRequest.js";
import type { EvalReport, EvalRowResult } from "./EvalReport.js";
import { checkEvalRow, type EvalRow, type EvalRowInput } from "./evalRowSchema.js";
import { parseLocalDateTime } from "./parseLocalDateTime.js";
import { percentile } from "./percentile.js";

export interface EvaluatePlannerOptions {
  /** Prompt profile of the model (default "tinyagent"). */
  readonly profile?: PromptProfile;
  /** Tools plans are validated and scored against (default: the 16 built-in tools). */
  readonly registry?: ToolRegistry;
  /** Tools offered in every prompt and grammar, in prompt order (default: all of `registry`). */
  readonly tools?: readonly ToolSpec[];
  /**
   * ToolRAG: picks each row's tools (and in-context examples) before planning, as the agent does;
   * `tools` is then the set it chooses from. Without it every row is offered all `tools`.
   */
  readonly toolSelector?: ToolSelector;
  /** Plan grammar on (default), off, or with bounds; see {@link buildPlanRequest}. */
  readonly grammar?: boolean | PlanGrammarOptions;
  /** Names, files and places copied whole from the query (default per profile; see buildPlanRequest). */
  readonly copyArguments?: boolean;
  /** Upper bound on generated tokens per plan (default: none). */
  readonly maxTokens?: number;
  /** A custom instruction added to every prompt, as in Settings. */
  readonly customInstructions?: string;
  /** Evaluate only the first `limit` rows. */
  readonly limit?: number;
  /** Stops between rows or mid-plan; the call then rejects with AbortError. */
  readonly signal?: AbortSignal;
  /** Called after each row is scored (progress: `index` counts from 0). */
  readonly onRow?: (result: EvalRowResult, progress: { index: number; total: number }) => void;
}

/** What one planner call left behind. */
interface Attempt {
  readonly text: string;
  readonly stats: PlannerStats | undefined;
  /** Set when the planner threw: what it threw, described. */
  readonly error: string | undefined;
}

/**
 * The eval harness (`tinyagent eval`): asks `planner` for a plan for every row, one at a time, with
 * the request the agent itself would send ({@link buildPlanRequest}: the row's `now` as the date
 * line, all `tools`), executes nothing, and scores each prediction against the row's gold plan with
 * the plan metrics (reference and strict success, malformed, tool recall and precision).
 *
 * Rows are validated first (zod), so a bad dataset fails before any model time is spent. After that
 * nothing a planner does escapes: a row whose planner call throws scores 0 and malformed, with the
 * error recorded in its result, and the run goes on. Only cancellation (`signal`) rejects.
 *
 * @throws TinyAgentError `eval/data` naming each bad row (`row 3: now: …`); `eval/options` for a bad
 * `limit`; the errors of {@link buildPlanRequest} for an unavailable profile or bad grammar bounds;
 * AbortError when `signal` fires.
 */
export async function evaluatePlanner(
  rows: readonly EvalRowInput[],
  planner: Planner,
  options: EvaluatePlannerOptions = {},
): Promise<EvalReport> {
  const { signal, onRow } = options;
  const registry = options.registry ?? new ToolRegistry();
  const tools = options.tools ?? registry.list();
  const selected = rows.slice(0, checkLimit(options.limit));
  const checked = checkRows(selected);

  const results: EvalRowResult[] = [];
  const toolScores: { recall: number; precision: number }[] = [];
  const promptTokens: number[] = [];
  for (const [index, row] of checked.entries()) {
    throwIfAborted(signal);
    const now = parseLocalDateTime(row.now) as Date;
    const selection = await options.toolSelector?.select(row.query, {
      registry: new ToolRegistry(tools),
      ...(signal === undefined ? {} : { signal }),
    });
    const request = buildPlanRequest({
      query: row.query,
      now,
      profile: options.profile ?? "tinyagent",
      tools: selection?.tools ?? tools,
      ...(selection?.examples === undefined ? {} : { examples: selection.examples }),
      registry,
      ...(options.grammar === undefined ? {} : { grammar: options.grammar }),
      ...(selection?.required === undefined ? {} : { requiredTools: selection.required }),
      ...(options.copyArguments === undefined ? {} : { copyArguments: options.copyArguments }),
      ...(options.maxTokens === undefined ? {} : { maxTokens: options.maxTokens }),
      ...(options.customInstructions === undefined ? {} : { customInstructions: options.customInstructions }),
    });
    const started = performance.now();
    const attempt = await attemptPlan(planner, request, signal);
    const latency = Math.round((performance.now() - started) * 10) / 10;
    if (attempt.stats !== undefined) promptTokens.push(attempt.stats.promptTokens);

    let result: EvalRowResult;
    if (attempt.error === undefined) {
      const score = scorePlan(attempt.text, row.plan, { registry, now });
      toolScores.push({ recall: score.toolRecall, precision: score.toolPrecision });
      result = {
        id: row.id,
        pred: attempt.text,
        success: score.success,
        strict_success: score.strictSuccess,
        malformed: score.malformed,
        latency_ms: latency,
        ...(attempt.stats?.resumes ? { resumes: attempt.stats.resumes } : {}),
      };
    } else {
      toolScores.push({ recall: 0, precision: 0 });
      result = {
        id: row.id,
        pred: attempt.text,
        success: 0,
        strict_success: 0,
        malformed: true,
        latency_ms: latency,
        error: attempt.error,
      };
    }
    results.push(result);
    onRow?.(result, { index, total: checked.length });
  }

  const latencies = results.map((result) => result.latency_ms);
  return {
    n: results.length,
    success_rate: mean(results.map((result) => result.success)),
    strict_success_rate: mean(results.map((result) => result.strict_success)),
    malformed_rate: mean(results.map((result) => (result.malformed ? 1 : 0))),
    tool_recall: mean(toolScores.map((score) => score.recall)),
    tool_precision: mean(toolScores.map((score) => score.precision)),
    latency_ms: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
    prompt_tokens_mean:
      promptTokens.length === 0
        ? null
        : Math.round((promptTokens.reduce((sum, value) => sum + value, 0) / promptTokens.length) * 10) / 10,
    resumed_rows: results.filter((result) => (result.resumes ?? 0) > 0).length,
    rows: results,
  };
}

/**
 * Streams one plan, keeping the text after the last `plan-reset` (a backend that re-asked for a
 * corrected plan superseded what came before) and whatever arrived before a failure.
 */
async function attemptPlan(
  planner: Planner,
  request: Parameters<Planner["plan"]>[0],
  signal: AbortSignal | undefined,
): Promise<Attempt> {
  let text = "";
  let stats: PlannerStats | undefined;
  try {
    for await (const part of planner.plan(request, signal === undefined ? {} : { signal })) {
      if (part.type === "text-delta") text += part.text;
      else if (part.type === "plan-reset") text = "";
      else stats = part.stats;
    }
    return { text, stats, error: undefined };
  } catch (error) {
    // Only our own signal cancels the run; a planner that aborts by itself has failed this row.
    if (signal?.aborted) throw new AbortError();
    return { text, stats, error: describeError(error) };
  }
}

function checkLimit(limit: number | undefined): number | undefined {
  if (limit === undefined || (Number.isInteger(limit) && limit > 0)) return limit;
  throw new TinyAgentError("eval/options", `limit must be a positive integer, not ${limit}.`, {
    context: { limit },
  });
}

function checkRows(rows: readonly unknown[]): EvalRow[] {
  const checked: EvalRow[] = [];
  const problems: string[] = [];
  rows.forEach((value, index) => {
    const result = checkEvalRow(value, `row ${index + 1}`);
    if ("row" in result) checked.push(result.row);
    else problems.push(...result.problems);
  });
  if (problems.length > 0) {
    throw new TinyAgentError("eval/data", `Invalid eval rows:\n${problems.map((p) => `  ${p}`).join("\n")}`, {
      context: { problems },
    });
  }
  return checked;
}

function describeError(error: unknown): string {
  if (TinyAgentError.isInstance(error)) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return error.message || error.name;
  return `the planner threw ${String(error)}`;
}

/** Mean to 4 decimals; 0 for no values. */
function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10_000) / 10_000;
}
