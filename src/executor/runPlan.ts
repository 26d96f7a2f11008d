import { isAbortError, pickDefined } from "../base/index.js";
import { type PlanParseEvent, PlanStreamParser } from "../plan/index.js";
import type { ToolBackend, ToolRegistry } from "../tools/index.js";
import type { ApprovalPolicy, Approver } from "./ApprovalPolicy.js";
import type { ExecutionResult } from "./DagExecutor.js";
import type { ExecutorEvent, ExecutorEventListener, RunStatus, RunTimings } from "./ExecutorEvent.js";
import { executePlan } from "./executePlan.js";
import type { JoinDecision, Joiner } from "./Joiner.js";
import { SummaryJoiner } from "./SummaryJoiner.js";
import type { TaskOutcome } from "./TaskOutcome.js";
import { ABORTED, untilAborted } from "./untilAborted.js";

export interface RunPlanOptions {
  readonly query: string;
  /** The enabled tools: the parser accepts and the executor runs only these. */
  readonly registry: ToolRegistry;
  readonly backend: ToolBackend;
  /** Default `ask-for-writes`. */
  readonly policy?: ApprovalPolicy;
  /** Without it, draft/write steps are denied (status "denied", reason says how to approve). */
  readonly approve?: Approver;
  /** Default SummaryJoiner. */
  readonly joiner?: Joiner;
  readonly signal?: AbortSignal;
  readonly onEvent?: ExecutorEventListener;
  /** Default per-step timeout in ms (30 s); a tool's own `timeoutMs` wins. */
  readonly timeoutMs?: number;
  /** Most steps running at once (default unbounded; 1 = one at a time). */
  readonly maxConcurrency?: number;
  /** Parse arguments like the reference does (PlanStreamParser's `compat`). */
  readonly compat?: boolean;
  /** The replan round this plan belongs to (default 1), passed to the joiner and events. */
  readonly round?: number;
  /** Whether the joiner must finish (default true: the replan loop belongs to the agent). */
  readonly final?: boolean;
  /**
   * Settles once the planner behind `chunks` is done (its stats read after the plan): awaited
   * once the steps have run, before the joiner (which may need the same model). Undefined: nothing
   * to wait for.
   */
  readonly plannerDone?: () => Promise<void> | undefined;
}

export interface RunResult {
  readonly status: RunStatus;
  /** Why the run did not complete, or why approval failed. */
  readonly reason?: string;
  /** The joiner's answer when it finished. */
  readonly answer?: string;
  /** The joiner's decision, when it ran: a `replan` here is for the agent's loop to act on. */
  readonly decision?: JoinDecision;
  readonly outcomes: readonly TaskOutcome[];
  readonly issues: ExecutionResult["issues"];
  readonly timings: RunTimings;
}

/**
 * One plan round: planner text chunks → PlanStreamParser → executor → joiner. Emits
 * `plan-token` per chunk and everything the executor emits, then `join-start`, `answer` (or
 * `replan`) and `run-end`. The joiner runs only when every step ended without a deny, cancel
 * or stream failure. Never rejects.
 */
export async function runPlan(chunks: AsyncIterable<string>, options: RunPlanOptions): Promise<RunResult> {
  const origin = performance.now();
  const clock = () => performance.now() - origin;
  const round = options.round ?? 1;
  const emit = (event: ExecutorEvent) => options.onEvent?.(event);
  const parser = new PlanStreamParser({
    registry: options.registry,
    ...(options.compat === undefined ? {} : { compat: options.compat }),
  });
  const execution = await executePlan(parse(chunks, parser, emit, options.signal), {
    registry: options.registry,
    backend: options.backend,
    clock,
    ...pickDefined(options, ["policy", "approve", "timeoutMs", "maxConcurrency", "onEvent", "signal"]),
  });
  await options.plannerDone?.();
  let status = execution.status;
  let reason = execution.reason;
  let decision: JoinDecision | undefined;
  let joinStartMs: number | undefined;
  let joinEndMs: number | undefined;
  if (status === "completed") {
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted) controller.abort();
    joinStartMs = clock();
    emit({ type: "join-start", round });
    const joiner = options.joiner ?? new SummaryJoiner();
    try {
      const input = {
        query: options.query,
        tasks: execution.outcomes,
        issues: execution.issues,
        round,
        final: options.final ?? true,
      };
      const result = await untilAborted(
        Promise.resolve().then(() => joiner.join(input, { signal: controller.signal })),
        controller.signal,
      );
      if (result === ABORTED) [status, reason] = ["cancelled", "The run was cancelled."];
      else decision = result;
    } catch (error) {
      [status, reason] =
        controller.signal.aborted || isAbortError(error)
          ? ["cancelled", "The run was cancelled."]
          : ["failed", `The joiner failed: ${error instanceof Error ? error.message : String(error)}`];
    } finally {
      options.signal?.removeEventListener("abort", onAbort);
    }
    joinEndMs = clock();
    if (decision?.kind === "finish") emit({ type: "answer", text: decision.answer, round });
    else if (decision?.kind === "replan") emit({ type: "replan", thought: decision.thought, round });
  }
  const timings: RunTimings = {
    ...execution.timings,
    ...(joinStartMs === undefined ? {} : { joinStartMs }),
    ...(joinEndMs === undefined ? {} : { joinEndMs }),
    runEndMs: clock(),
  };
  emit({ type: "run-end", status, ...(reason === undefined ? {} : { reason }), timings });
  return {
    status,
    ...(reason === undefined ? {} : { reason }),
    ...(decision?.kind === "finish" ? { answer: decision.answer } : {}),
    ...(decision === undefined ? {} : { decision }),
    outcomes: execution.outcomes,
    issues: execution.issues,
    timings,
  };
}

/**
 * Planner chunks → parser events, announcing each chunk as a `plan-token` before its events.
 * Stops pulling (and stops the planner's stream) once the plan is over or `signal` fires, even
 * while a chunk is still awaited.
 */
async function* parse(
  chunks: AsyncIterable<string>,
  parser: PlanStreamParser,
  emit: (event: ExecutorEvent) => void,
  signal: AbortSignal | undefined,
): AsyncGenerator<PlanParseEvent> {
  const iterator = chunks[Symbol.asyncIterator]();
  let exhausted = false;
  try {
    while (true) {
      const next = signal ? await untilAborted(iterator.next(), signal) : await iterator.next();
      if (next === ABORTED) return;
      if (next.done) {
        exhausted = true;
        break;
      }
      emit({ type: "plan-token", text: next.value });
      yield* parser.push(next.value);
      if (parser.done) return;
    }
  } finally {
    if (!exhausted) {
      try {
        iterator.return?.()?.catch(() => {});
      } catch {}
    }
  }
  yield* parser.end();
}
