/** What `untilAborted` resolves with when the signal fired first. */
export const ABORTED: unique symbol = Symbol("aborted");

/**
 * Waits for `promise`, or resolves `ABORTED` as soon as `signal` fires, so a run can stop
 * waiting on a planner stream or an approver that ignores its signal. A later rejection of
 * `promise` is swallowed (never unhandled).
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | typeof ABORTED> {
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
