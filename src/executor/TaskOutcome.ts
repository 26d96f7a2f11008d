import type { PlanTask, PlanValue } from "../plan/index.js";
import type { RiskTier } from "../tools/index.js";

/** Why a step that never finished was stopped: the user denied the plan, or the run was cancelled. */
export type CancelReason = "denied" | "cancelled";

/** A failed step's error: a namespaced code (`tools/failure`, `executor/timeout`, …) and its message. */
export interface TaskError {
  readonly code: string;
  readonly message: string;
}

interface TaskOutcomeBase {
  readonly task: PlanTask;
  /** The arguments the tool ran with (`$N` substituted); the plan's own arguments when it never ran. */
  readonly args: readonly PlanValue[];
  /** The tool's risk tier; undefined when the tool is not enabled. */
  readonly risk?: RiskTier;
  /** Milliseconds since the run started; set only for steps that started. */
  readonly startMs?: number;
  readonly endMs?: number;
  readonly durationMs?: number;
}

/**
 * How one plan step ended: the input of every joiner (the LLM joiner renders these as its
 * scratchpad, SummaryJoiner as an answer). The join step is not a task and has no outcome.
 */
export type TaskOutcome = TaskOutcomeBase &
  (
    | { readonly status: "done"; readonly observation: string }
    | { readonly status: "failed"; readonly error: TaskError }
    /** `rootIdx`: the step whose failure (or absence from the plan) caused the skip. */
    | { readonly status: "skipped"; readonly reason: string; readonly rootIdx: number }
    | { readonly status: "cancelled"; readonly reason: CancelReason }
  );
