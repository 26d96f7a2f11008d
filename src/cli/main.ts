import { isAbortError, TinyAgentError } from "../base/index.js";
import { type CliIo, processIo } from "./CliIo.js";
import type { Command } from "./Command.js";
import { COMMANDS } from "./commands/index.js";

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    "tinyagent: a local, private assistant that turns requests into approved plans of app actions.",
    "",
    "Usage: tinyagent <command> [options]   (tinyagent <command> --help for details)",
    "",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
  ].join("\n");
}

/** Runs one command line; returns the exit code. Never throws for user-facing failures. */
export async function main(argv: readonly string[], io?: CliIo): Promise<number> {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  if (!io) process.once("SIGINT", onInterrupt);
  const cliIo = io ?? processIo(controller.signal);
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      cliIo.stdout.write(help());
      return name === undefined ? 2 : 0;
    }
    if (name === "--version") {
      cliIo.stdout.write("0.1.0\n");
      return 0;
    }
    const command: Command | undefined = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) {
      cliIo.stderr.write(`tinyagent: unknown command "${name}". Run \`tinyagent --help\` for the list.\n`);
      return 2;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      cliIo.stdout.write(`${command.usage.trimEnd()}\n`);
      return 0;
    }
    return await command.run(rest, cliIo);
  } catch (error) {
    if (isAbortError(error) || cliIo.signal.aborted) {
      cliIo.stderr.write("tinyagent: cancelled\n");
      return 130;
    }
    if (TinyAgentError.isInstance(error)) {
      cliIo.stderr.write(`tinyagent: ${error.message}\n`);
      return error.code === "cli/usage" ? 2 : 1;
    }
    if (error instanceof Error && "code" in error && (error as NodeJS.ErrnoException).code === "ENOENT") {
      cliIo.stderr.write(`tinyagent: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    if (!io) process.removeListener("SIGINT", onInterrupt);
  }
}
