import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Debian's python3 with python3-torch and python3-onnx; training and fixture export run there. */
export const PYTHON = process.env.TINYAGENT_PYTHON ?? "/usr/bin/python3";

/** This folder, where the Python scripts live. */
export const SCRIPTS_DIR = fileURLToPath(new URL(".", import.meta.url));

/** Runs one of this folder's Python scripts with inherited output; throws when it fails. */
export function runPython(script: string, args: readonly string[], env: Record<string, string> = {}): void {
  const result = spawnSync(PYTHON, [script, ...args], {
    cwd: SCRIPTS_DIR,
    stdio: "inherit",
    env: { ...process.env, PYTHONPATH: SCRIPTS_DIR, ...env },
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${PYTHON} ${script} exited with ${result.status ?? result.signal}`);
}
