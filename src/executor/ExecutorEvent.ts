import type { PlanIssue, PlanTask, PlanValue } from "../plan/index.js";
import type { ApprovalItem } from "./ApprovalPolicy.js";
import type { CancelReason } from "./TaskOutcome.js";

/** How a run ended. `denied`: the user refused the plan; `failed`: the plan stream, approver or joiner broke. */
export type RunStatus = "completed" | "denied" | "cancelled" | "failed";

/** Milliseconds since the run started. */
export interface ExecutionTimings {
  /** When the plan stream ended (or was abandoned). */
  readonly planEndMs: number;
  readonly firstTaskStartMs?: number;
  readonly approvalRequestMs?: number;
  readonly approvalEndMs?: number;
  /** When the last step ended. */
  readonly tasksEndMs: number;
}

export interface RunTimings extends ExecutionTimings {
  readonly joinStartMs?: number;
  readonly joinEndMs?: number;
  readonly runEndMs: number;
}

/**
 * Everything a run reports, as one union tagged by `type` (front ends render these; they never
 * reach into the executor). Every step announced by `task-add` ends in exactly one of
 * `task-end`, `task-error`, `task-skip` or `task-cancel`. The join line is not a step: it
 * only ends the plan, and the joiner's round is announced by `join-start`.
 */
export type ExecutorEvent =
  /** One chunk of planner text, as streamed. */
  | { readonly type: "plan-token"; readonly text: string }
  | { readonly type: "plan-issue"; readonly issue: PlanIssue }
  | { readonly type: "task-add"; readonly task: PlanTask }
  /** Sent once, after the plan stream ended, listing the held steps. */
  | { readonly type: "approval-request"; readonly tasks: readonly ApprovalItem[] }
  | { readonly type: "approval-end"; readonly approved: boolean; readonly reason?: string }
  /** `args` with `$N` substituted: what the tool actually receives. */
  | {
      readonly type: "task-start";
      readonly idx: number;
      readonly tool: string;
      readonly args: readonly PlanValue[];
    }
  | {
      readonly type: "task-end";
      readonly idx: number;
      readonly observation: string;
      readonly durationMs: number;
    }
  /** The raw message (no joiner decoration); a step refused before starting has `durationMs` 0. */
  | {
      readonly type: "task-error";
      readonly idx: number;
      readonly code: string;
      readonly message: string;
      readonly durationMs: number;
    }
  /** e.g. `Skipped: step 1 (get_phone_number "Sid") failed: no contact named "Sid"`. */
  | { readonly type: "task-skip"; readonly idx: number; readonly reason: string; readonly rootIdx: number }
  | { readonly type: "task-cancel"; readonly idx: number; readonly reason: CancelReason }
  | { readonly type: "join-start"; readonly round: number }
  | { readonly type: "answer"; readonly text: string; readonly round: number }
  | { readonly type: "replan"; readonly thought: string; readonly round: number }
  | {
      readonly type: "run-end";
      readonly status: RunStatus;
      readonly reason?: string;
      readonly timings: RunTimings;
    };

/** Receives events synchronously, in order. It must not throw (a throw is reported, not propagated). */
export type ExecutorEventListener = (event: ExecutorEvent) => void;
