import type { ExecutorEvent } from "../executor/index.js";
import type { PlannerStats } from "../planner/index.js";

/**
 * Everything one agent run reports: the executor's events for each round, plus what only the
 * agent knows (the tools ToolRAG chose, which round starts and with which tools, the planner's
 * timings, a plan the planner withdrew). Each round ends with the executor's `run-end`; the run's last `run-end`
 * is the run's end.
 */
export type AgentEvent =
  | ExecutorEvent
  | {
      readonly type: "round-start";
      readonly round: number;
      /** Whether this round is a replan after the joiner's `Replan`. */
      readonly replan: boolean;
      /**
       * The tools offered in the prompt and the plan grammar, in prompt order: ToolRAG's choice in
       * the first round when a selector is set, else every enabled tool (which the parser accepts
       * in every round).
       */
      readonly tools: readonly string[];
    }
  /** ToolRAG chose the first plan's tools; sent once, before round 1, when a selector is set. */
  | {
      readonly type: "tools-select";
      /** The tools offered in the first prompt, in prompt order. */
      readonly tools: readonly string[];
      /** The classifier's probability for each enabled tool it knows (selected above the threshold). */
      readonly scores: Readonly<Record<string, number>>;
      /** Nothing was selected (or the selector failed), so every enabled tool is offered. */
      readonly fallback: boolean;
      /** The classifier is sure no tool can serve the request, so none is offered (the plan is just join). */
      readonly noTool: boolean;
      /** Offered tools the classifier is sure the plan needs: a plan that joins without one goes on. */
      readonly required: readonly string[];
      /** How long classification and example retrieval took, in milliseconds. */
      readonly ms: number;
      /** Why the selector failed, when it did; the run goes on with every enabled tool. */
      readonly error?: string;
    }
  /** The planner rejected the plan it was writing and writes a corrected one (no-grammar servers). */
  | { readonly type: "plan-reset"; readonly round: number; readonly reason: string }
  | { readonly type: "planner-end"; readonly round: number; readonly stats: PlannerStats };

export type AgentEventListener = (event: AgentEvent) => void;
