import { Readable } from "node:stream";
import type { CliIo } from "../../src/cli/CliIo.js";
import { main } from "../../src/cli/main.js";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output, as a terminal-less user would. */
export async function runCli(
  args: readonly string[],
  options: { stdin?: string; env?: NodeJS.ProcessEnv; signal?: AbortSignal; isTTY?: boolean } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const stdin = Readable.from(options.stdin === undefined ? [] : [options.stdin]) as CliIo["stdin"];
  stdin.isTTY = options.isTTY ?? false;
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    stdin,
    env: { ...process.env, ...options.env },
    signal: options.signal ?? new AbortController().signal,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A run's `--json` output: one event object a line. */
export function jsonEvents(stdout: string): { type: string; [key: string]: unknown }[] {
  return stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { type: string; [key: string]: unknown });
}
