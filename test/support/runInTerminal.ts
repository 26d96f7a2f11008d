import { spawn } from "node:child_process";

const BIN = new URL("../../bin/tinyagent.js", import.meta.url).pathname;

/**
 * Runs the real CLI under a pseudo-terminal (util-linux `script`, in every Debian and macOS base
 * system), typing `input` ahead, as a user at a terminal would. Returns the exit code and
 * everything the terminal showed.
 */
export function runInTerminal(
  args: readonly string[],
  input: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  const command = [process.execPath, BIN, ...args].map(shellQuote).join(" ");
  const child = spawn("script", ["-qec", command, "/dev/null"], { env: { ...process.env, ...env } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  // Keep stdin open until the child exits: at EOF `script` would hang up the terminal.
  child.stdin.write(input);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      child.stdin.destroy();
      resolve({ code: code ?? -1, output });
    });
  });
}

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;
