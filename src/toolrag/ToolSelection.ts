import type { ToolSpec } from "../tools/index.js";

/** What ToolRAG chose for one query. */
export interface ToolSelection {
  /**
   * The tools to offer in the first plan's prompt and grammar, in prompt order; empty when
   * `noTool` (or nothing is enabled), so the plan can only be `1. join()<END_OF_PLAN>`.
   */
  readonly tools: readonly ToolSpec[];
  /**
   * The classifier's probability for each enabled tool it knows (a tool is selected when its
   * probability is above the threshold). Tools chosen by keyword match have no entry.
   */
  readonly scores: Readonly<Record<string, number>>;
  /** True when nothing was selected, so every enabled tool is offered instead. */
  readonly fallback: boolean;
  /** True when the classifier is sure no tool can serve the request, so none is offered. */
  readonly noTool: boolean;
  /**
   * Selected tools the classifier is all but sure the request needs, in prompt order: the plan
   * must call each (a plan that joins without one goes on with it; see `RequiredCalls`). Empty on
   * fallback and for "no tool". The model still decides the arguments.
   */
  readonly required: readonly string[];
  /**
   * In-context examples for the `tinyagent` prompt, most similar first, each `Question: …\n` plus
   * plan lines ending in `join()<END_OF_PLAN>\n`; absent when no example bank is configured (the
   * prompt then keeps its fixed examples).
   */
  readonly examples?: readonly string[];
}
