import { createInterface } from "node:readline/promises";
import type { ApprovalRequest, Approver } from "../executor/index.js";
import type { CliIo } from "./CliIo.js";

/** The hint shown whenever steps were held because nobody could approve them. */
export const APPROVAL_HINT =
  "Steps that send, draft or create things need approval: rerun with --yes, or with --policy never-ask.";

/**
 * Decides approval for a terminal run: `--yes` approves; an interactive terminal asks y/N;
 * anything else (a pipe, CI) denies, since nobody is there to ask.
 */
export function terminalApprover(io: CliIo, { yes }: { yes: boolean }): Approver | undefined {
  if (yes) return async () => true;
  if (!io.stdin.isTTY) return undefined;
  return async (request: ApprovalRequest, { signal }) => {
    const readline = createInterface({ input: io.stdin, output: io.stdout as NodeJS.WritableStream });
    try {
      const count = request.tasks.length;
      const answer = await readline.question(
        `Run ${count === 1 ? "this step" : `these ${count} steps`}? [y/N] `,
        {
          signal,
        },
      );
      return /^y(es)?$/i.test(answer.trim());
    } finally {
      readline.close();
    }
  };
}
