import { TinyAgentError } from "./TinyAgentError.js";

/** The error every cancelled operation rejects with, whatever reason the signal carries. */
export class AbortError extends TinyAgentError {
  constructor(message = "The operation was cancelled.") {
    super("base/aborted", message);
    this.name = "AbortError";
  }
}

export function isAbortError(error: unknown): boolean {
  return (
    (TinyAgentError.isInstance(error) && error.code === "base/aborted") ||
    (error instanceof Error && error.name === "AbortError")
  );
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError();
}

/** Resolves after `ms`, or rejects with AbortError as soon as `signal` fires. */
export function sleep(ms: number, { signal }: { signal?: AbortSignal } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortError());
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
