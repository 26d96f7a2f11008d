import type { Command } from "../Command.js";
import { benchCommand } from "./benchCommand.js";
import { evalCommand } from "./evalCommand.js";
import { modelsCommand } from "./modelsCommand.js";
import { planCommand } from "./planCommand.js";
import { promptCommand } from "./promptCommand.js";
import { runCommand } from "./runCommand.js";
import { sandboxCommand } from "./sandboxCommand.js";
import { settingsCommand } from "./settingsCommand.js";

/** Every subcommand, in the order `tinyagent --help` lists them. */
export const COMMANDS: readonly Command[] = [
  runCommand,
  planCommand,
  promptCommand,
  sandboxCommand,
  modelsCommand,
  benchCommand,
  evalCommand,
  settingsCommand,
];
