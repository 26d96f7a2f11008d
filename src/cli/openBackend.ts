import { SandboxStore } from "../backends/sandbox/node/index.js";
import type { ToolBackend } from "../tools/index.js";
import type { CliIo } from "./CliIo.js";
import { UsageError } from "./UsageError.js";

export const BACKENDS = ["sandbox"] as const;

/**
 * The tool implementations a run uses. Only the simulated Mac exists so far; it keeps its state
 * in the data folder ($TINYAGENT_HOME or the per-user application-data folder).
 */
export async function openBackend(name: string | undefined, io: CliIo): Promise<ToolBackend> {
  const backend = name ?? "sandbox";
  if (backend === "sandbox") return new SandboxStore({ env: io.env }).open({}, { signal: io.signal });
  if (backend === "mac") {
    throw new UsageError("The mac backend (AppleScript) is not available yet; use --backend sandbox.");
  }
  throw new UsageError(`--backend must be one of: ${BACKENDS.join(", ")}; got "${backend}".`);
}
