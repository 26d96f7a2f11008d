import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import { TinyAgentError } from "../../src/base/index.js";

/**
 * The interpreter with torch and sentencepiece: Debian's, because the `python3` first on PATH
 * may be another one without them. `TINYAGENT_PYTHON` overrides it.
 */
export const DEFAULT_PYTHON = process.env.TINYAGENT_PYTHON ?? "/usr/bin/python3";

/** Whether `python` can import what train_planner.py needs (torch, sentencepiece, numpy). */
export function pythonHasTrainingModules(python: string = DEFAULT_PYTHON): boolean {
  const result = spawnSync(python, ["-c", "import torch, sentencepiece, numpy"], { stdio: "ignore" });
  return result.status === 0;
}

/**
 * Runs `python args…`, passing each line it prints (stdout and stderr) to `onLine` as it comes.
 *
 * @throws TinyAgentError `train/python` when it cannot start or exits non-zero.
 */
export async function runPython(
  python: string,
  args: readonly string[],
  onLine: (line: string) => void,
): Promise<void> {
  const child = spawn(python, args, {
    stdio: ["ignore", "pipe", "pipe"],
    // No __pycache__ beside the scripts: the repo does not ignore it.
    env: { ...process.env, PYTHONUNBUFFERED: "1", PYTHONDONTWRITEBYTECODE: "1" },
  });
  const lines = [child.stdout, child.stderr].map((stream) => {
    const reader = createInterface({ input: stream });
    reader.on("line", onLine);
    return new Promise<void>((resolve) => reader.on("close", resolve));
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  }).catch((error: unknown) => {
    throw new TinyAgentError("train/python", `Cannot run ${python}: ${String(error)}`, { cause: error });
  });
  await Promise.all(lines);
  if (code !== 0) {
    throw new TinyAgentError("train/python", `${python} ${args[0] ?? ""} exited with code ${code}.`, {
      context: { code },
    });
  }
}
