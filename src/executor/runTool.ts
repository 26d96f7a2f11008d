import { TinyAgentError } from "../base/index.js";
import type { PlanValue } from "../plan/index.js";
import type { ToolHandler } from "../tools/index.js";
import type { TaskError } from "./TaskOutcome.js";

/** The result of one tool call; never an exception. */
export type ToolRunResult =
  | { readonly ok: true; readonly observation: string }
  | ({ readonly ok: false } & TaskError);

/**
 * Calls a tool handler with a timeout. On timeout the call counts as failed (`executor/timeout`)
 * at once and `controller` is aborted so the tool can stop; whoever else aborts `controller`
 * (a cancelled run) settles the call as `base/aborted`. A handler that ignores its signal cannot
 * hold the run up: its late result is dropped. A timeout that is not a positive finite number
 * means no timeout.
 */
export function runTool(
  handler: ToolHandler,
  args: readonly PlanValue[],
  { controller, timeoutMs }: { controller: AbortController; timeoutMs: number },
): Promise<ToolRunResult> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const settle = (result: ToolRunResult) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      controller.signal.removeEventListener("abort", onAbort);
      resolve(result);
    };
    const onAbort = () => settle({ ok: false, code: "base/aborted", message: "The step was cancelled." });
    if (controller.signal.aborted) {
      onAbort();
      return;
    }
    controller.signal.addEventListener("abort", onAbort, { once: true });
    if (Number.isFinite(timeoutMs) && timeoutMs > 0) {
      timer = setTimeout(() => {
        const error = new TinyAgentError(
          "executor/timeout",
          `Timed out after ${formatDuration(timeoutMs)}.`,
          {
            context: { timeoutMs },
          },
        );
        settle({ ok: false, code: error.code, message: error.message });
        controller.abort(error);
      }, timeoutMs);
    }
    // Promise.resolve().then() also turns a handler that throws synchronously into a rejection.
    Promise.resolve()
      .then(() => handler(args, { signal: controller.signal }))
      .then(
        (observation) =>
          settle({
            ok: true,
            observation: typeof observation === "string" ? observation : String(observation),
          }),
        (error: unknown) => settle({ ok: false, ...toTaskError(error) }),
      );
  });
}

/**
 * ToolFailure (and any TinyAgentError) keeps its code and message as-is; anything else is an
 * unexpected bug in a tool and reads like Python's `str()` of it: `Error: <message>`,
 * `TypeError: <message>`.
 */
export function toTaskError(error: unknown): TaskError {
  if (TinyAgentError.isInstance(error)) return { code: error.code, message: error.message };
  if (error instanceof Error)
    return { code: "executor/tool-error", message: `${error.name}: ${error.message}` };
  return { code: "executor/tool-error", message: `Error: ${String(error)}` };
}

/** `20 ms`, `1.5 s`, `30 s`. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
