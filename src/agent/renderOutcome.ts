import { joinerObservation, type TaskOutcome } from "../executor/index.js";
import { renderScratchpadEntry, stringifyCall } from "../prompt/index.js";
import type { ToolRegistry } from "../tools/index.js";

/**
 * One finished step as the reference's joiner and replanner see it (spec §3.1, §12 item 7): its
 * `Thought:`, the call stringified with the arguments it ran with (`$N` already substituted), and
 * its observation (`Error: … You MUST correct this error and try again!` for a failure, so the
 * joiner knows it may replan). `numbered` prefixes the step number, which only the replanner's
 * context has. A tool missing from `registry` is rendered with unlabelled arguments.
 */
export function renderOutcome(
  outcome: TaskOutcome,
  { registry, numbered = false }: { readonly registry: ToolRegistry; readonly numbered?: boolean },
): string {
  const { task } = outcome;
  return renderScratchpadEntry({
    ...(task.thought ? { thought: task.thought } : {}),
    call: stringifyCall(task.tool, outcome.args, registry.get(task.tool)?.params ?? []),
    observation: joinerObservation(outcome),
    ...(numbered ? { index: task.idx } : {}),
  });
}
