import type { CliIo } from "./CliIo.js";

/** One `tinyagent <name>` subcommand. */
export interface Command {
  readonly name: string;
  /** One line for `tinyagent --help`. */
  readonly summary: string;
  /** Full usage text for `tinyagent <name> --help`. */
  readonly usage: string;
  /** Returns the process exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
