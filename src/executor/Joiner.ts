import type { PlanIssue } from "../plan/index.js";
import type { TaskOutcome } from "./TaskOutcome.js";

export interface JoinInput {
  /** The user's request, as typed or transcribed. */
  readonly query: string;
  /** Every step of this round's plan, in plan order (the join line is not a step). */
  readonly tasks: readonly TaskOutcome[];
  /**
   * Lines of the plan that did not become steps (unknown tool, syntax): the reference shows the
   * joiner such an error so that it replans (spec §2.5).
   */
  readonly issues: readonly PlanIssue[];
  /** 1 for the first plan, 2 after one replan, … */
  readonly round: number;
  /** The last round allowed: the joiner must finish (the reference's OUTPUT_PROMPT_FINAL). */
  readonly final: boolean;
}

/** The joiner's verdict: an answer for the user, or a reason to plan again. */
export type JoinDecision =
  | { readonly kind: "finish"; readonly answer: string; readonly thought?: string }
  | { readonly kind: "replan"; readonly thought: string };

/**
 * Turns a round's outcomes into an answer or a replan decision (spec §3.5). SummaryJoiner is
 * the deterministic one; an LLM joiner implements the same interface.
 */
export interface Joiner {
  join(input: JoinInput, options: { signal: AbortSignal }): Promise<JoinDecision>;
}
