import type { ExecutorEvent } from "../executor/index.js";
import type { PlannerStats } from "../planner/index.js";

/**
 * Everything one agent run reports: the executor's events for each round, plus what only the
 * agent knows (which round starts and with which tools, the planner's timings, a plan the
 * planner withdrew). Each round ends with the executor's `run-end`; the run's last `run-end`
 * is the run's end.
 */
export type AgentEvent =
  | ExecutorEvent
  | {
      readonly type: "round-start";
      readonly round: number;
      /** Whether this round is a replan after the joiner's `Replan`. */
      readonly replan: boolean;
      /** The tools offered in the prompt and accepted by the parser, in prompt order. */
      readonly tools: readonly string[];
    }
  /** The planner rejected the plan it was writing and writes a corrected one (no-grammar servers). */
  | { readonly type: "plan-reset"; readonly round: number; readonly reason: string }
  | { readonly type: "planner-end"; readonly round: number; readonly stats: PlannerStats };

export type AgentEventListener = (event: AgentEvent) => void;
