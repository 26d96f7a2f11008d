import { AbortError } from "../base/index.js";
import type { ApprovalRequest, Approver } from "./ApprovalPolicy.js";

/**
 * Approval as commands: pass `gate.approver` as the run's `approve` option, show the
 * `approval-request` event, then call `approve()` or `deny()` when the user answers (a button,
 * a key). A decision made before the request arrives answers the next request. Each decision
 * answers one request; the first command wins.
 */
export class ApprovalGate {
  #decision: boolean | undefined;
  #pending: { request: ApprovalRequest; resolve: (approved: boolean) => void } | undefined;

  /** The request waiting for an answer, if any. */
  get pending(): ApprovalRequest | undefined {
    return this.#pending?.request;
  }

  readonly approver: Approver = (request, { signal }) =>
    new Promise<boolean>((resolve, reject) => {
      if (signal.aborted) {
        reject(new AbortError());
        return;
      }
      if (this.#decision !== undefined) {
        const decision = this.#decision;
        this.#decision = undefined;
        resolve(decision);
        return;
      }
      const onAbort = () => {
        this.#pending = undefined;
        reject(new AbortError());
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.#pending = {
        request,
        resolve: (approved) => {
          signal.removeEventListener("abort", onAbort);
          resolve(approved);
        },
      };
    });

  approve(): void {
    this.#decide(true);
  }

  deny(): void {
    this.#decide(false);
  }

  #decide(approved: boolean): void {
    const pending = this.#pending;
    if (pending) {
      this.#pending = undefined;
      pending.resolve(approved);
    } else {
      this.#decision ??= approved;
    }
  }
}
