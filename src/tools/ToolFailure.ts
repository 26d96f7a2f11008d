import { TinyAgentError } from "../base/index.js";

/**
 * A tool call that did not do what was asked (no such contact, no selected email, …).
 * Thrown by handlers; the executor turns it into a failed task and skips its dependents.
 */
export class ToolFailure extends TinyAgentError {
  constructor(message: string, options: { code?: string; context?: Record<string, unknown> } = {}) {
    super(options.code ?? "tools/failure", message, { context: options.context ?? {} });
    this.name = "ToolFailure";
  }
}
