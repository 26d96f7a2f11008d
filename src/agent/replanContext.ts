import type { TaskOutcome } from "../executor/index.js";
import { renderReplanContext } from "../prompt/index.js";
import type { ToolRegistry } from "../tools/index.js";
import { renderOutcome } from "./renderOutcome.js";

export interface ReplanContextInput {
  /** The round's steps in plan order (the join line is not a step). */
  readonly tasks: readonly TaskOutcome[];
  /** The joiner's `Thought:` that came with its Replan. */
  readonly thought: string;
}

/**
 * One finished round as the replanner's context (spec §3.6, `_generate_context_for_replanner`):
 * every step numbered, with its thought and observation, separated by blank lines, then
 * `\n\nThought: <joiner thought>`. Parse errors (the reference's synthetic join) are left out, as
 * the reference leaves them out; the joiner's thought is what tells the replanner about them.
 * Collect one context per round and pass them to `replanUserMessage(query, contexts)`, which
 * wraps each in `Previous Plan:` and opens the `Current Plan:`.
 */
export function replanContext(
  { tasks, thought }: ReplanContextInput,
  { registry }: { readonly registry: ToolRegistry },
): string {
  return renderReplanContext(
    tasks.map((outcome) => renderOutcome(outcome, { registry, numbered: true })),
    thought,
  );
}
