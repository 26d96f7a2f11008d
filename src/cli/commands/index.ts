import type { Command } from "../Command.js";

/** Every subcommand, in the order `tinyagent --help` lists them. */
export const COMMANDS: readonly Command[] = [];
