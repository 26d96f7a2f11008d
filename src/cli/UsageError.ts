import { TinyAgentError } from "../base/index.js";

/** A command line that cannot be run as typed; printed with a hint and exit code 2. */
export class UsageError extends TinyAgentError {
  constructor(message: string) {
    super("cli/usage", message);
    this.name = "UsageError";
  }
}
