import type { RunStatus } from "../executor/index.js";

/** 0 only when the run completed; the other statuses each get their own code for scripts. */
export function runExitCode(status: RunStatus): number {
  switch (status) {
    case "completed":
      return 0;
    case "denied":
      return 3;
    case "cancelled":
      return 130;
    case "failed":
      return 1;
  }
}
