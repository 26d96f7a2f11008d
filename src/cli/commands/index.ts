import type { Command } from "../Command.js";
import { planCommand } from "./planCommand.js";
import { promptCommand } from "./promptCommand.js";

/** Every subcommand, in the order `tinyagent --help` lists them. */
export const COMMANDS: readonly Command[] = [planCommand, promptCommand];
