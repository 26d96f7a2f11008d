import { TinyAgentError } from "../base/index.js";
import { isJoinLine } from "../plan/index.js";
import type { Planner, PlannerPart, PlannerStats, PlanRequest } from "../planner/index.js";

export interface PlannerTextOptions {
  readonly signal?: AbortSignal;
  /**
   * Hold the text back until the planner is done, keeping only its last version. Needed for
   * planners that may withdraw a plan (`plan-reset`): steps of a withdrawn plan must never run.
   */
  readonly buffer: boolean;
  readonly onReset?: (reason: string) => void;
  readonly onEnd?: (stats: PlannerStats) => void;
  /**
   * The reader stopped at the plan's join line and the rest of the planner's stream (its stats) is
   * being read: `finishing` settles when it has been. Whoever owns the planner waits for it before
   * the round ends, so the stats are reported and the planner is idle again.
   */
  readonly onFinishing?: (finishing: Promise<void>) => void;
}

/**
 * A planner call as the plain text stream the executor consumes. Streaming, a `plan-reset`
 * cannot be honoured (earlier steps may have started), so it ends the stream with an error
 * (`agent/plan-reset`) and the round fails instead of running a mix of two plans.
 *
 * The executor stops reading at the plan's join line, but a planner sends its stats after it (and
 * `<END_OF_PLAN>` first): when the text so far has the join line, what is left of the stream is
 * still read for them ({@link PlannerTextOptions.onFinishing}); otherwise (a cancelled or failed
 * round) the planner is stopped at once.
 */
export async function* plannerText(
  planner: Planner,
  request: PlanRequest,
  { signal, buffer, onReset, onEnd, onFinishing }: PlannerTextOptions,
): AsyncGenerator<string> {
  const parts = planner.plan(request, signal ? { signal } : {})[Symbol.asyncIterator]();
  let held = "";
  let text = "";
  let finished = false;
  const take = (part: PlannerPart) => {
    if (part.type === "plan-reset") {
      onReset?.(part.reason);
      if (!buffer) {
        throw new TinyAgentError("agent/plan-reset", `The planner withdrew its plan: ${part.reason}`);
      }
      held = "";
    } else if (part.type === "plan-end") onEnd?.(part.stats);
  };
  try {
    while (true) {
      const next = await parts.next();
      if (next.done) {
        finished = true;
        break;
      }
      const part = next.value;
      if (part.type === "text-delta") {
        if (buffer) held += part.text;
        else {
          text += part.text;
          yield part.text;
        }
      } else take(part);
    }
  } finally {
    if (!finished && !buffer && !signal?.aborted && text.split("\n").some(isJoinLine)) {
      const finishing = (async () => {
        for (let next = await parts.next(); !next.done; next = await parts.next()) take(next.value);
      })().catch(() => {
        // The plan already ran; a planner failing after it only costs its stats.
      });
      onFinishing?.(finishing);
      await finishing;
    } else if (!finished) {
      await parts.return?.();
    }
  }
  if (buffer && held !== "") yield held;
}
