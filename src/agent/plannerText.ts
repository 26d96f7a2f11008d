import { TinyAgentError } from "../base/index.js";
import type { Planner, PlannerStats, PlanRequest } from "../planner/index.js";

export interface PlannerTextOptions {
  readonly signal?: AbortSignal;
  /**
   * Hold the text back until the planner is done, keeping only its last version. Needed for
   * planners that may withdraw a plan (`plan-reset`): steps of a withdrawn plan must never run.
   */
  readonly buffer: boolean;
  readonly onReset?: (reason: string) => void;
  readonly onEnd?: (stats: PlannerStats) => void;
}

/**
 * A planner call as the plain text stream the executor consumes. Streaming, a `plan-reset`
 * cannot be honoured (earlier steps may have started), so it ends the stream with an error
 * (`agent/plan-reset`) and the round fails instead of running a mix of two plans.
 */
export async function* plannerText(
  planner: Planner,
  request: PlanRequest,
  { signal, buffer, onReset, onEnd }: PlannerTextOptions,
): AsyncGenerator<string> {
  let held = "";
  for await (const part of planner.plan(request, signal ? { signal } : {})) {
    if (part.type === "text-delta") {
      if (buffer) held += part.text;
      else yield part.text;
    } else if (part.type === "plan-reset") {
      onReset?.(part.reason);
      if (!buffer) {
        throw new TinyAgentError("agent/plan-reset", `The planner withdrew its plan: ${part.reason}`);
      }
      held = "";
    } else onEnd?.(part.stats);
  }
  if (buffer && held !== "") yield held;
}
