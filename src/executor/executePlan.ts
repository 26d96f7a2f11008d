import type { PlanParseEvent } from "../plan/index.js";
import { DagExecutor, type DagExecutorOptions, type ExecutionResult } from "./DagExecutor.js";

export interface ExecutePlanOptions extends DagExecutorOptions {
  /** Cancels the run: running tools' signals fire, nothing new starts, pending steps end cancelled. */
  readonly signal?: AbortSignal;
}

/**
 * Runs a streamed plan (the PlanStreamParser's events, or any other source of PlanTasks) and
 * resolves once every step has ended. Emits everything up to the last step's end; the joiner,
 * `answer` and `run-end` belong to the caller (see runPlan). Never rejects.
 */
export function executePlan(
  events: AsyncIterable<PlanParseEvent>,
  options: ExecutePlanOptions,
): Promise<ExecutionResult> {
  return new DagExecutor(options).execute(events, options.signal ? { signal: options.signal } : {});
}
