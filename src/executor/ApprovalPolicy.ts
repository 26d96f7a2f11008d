import type { PlanValue } from "../plan/index.js";
import type { RiskTier } from "../tools/index.js";

/**
 * When the user has to approve a plan (DESIGN.md §6): `ask-for-writes` (default) lets read steps
 * run while the plan streams and holds draft and write steps; `ask-always` holds every step;
 * `never-ask` holds nothing.
 */
export type ApprovalPolicy = "ask-for-writes" | "ask-always" | "never-ask";

export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = "ask-for-writes";

/** One step the user is asked to approve; `args` are as planned (`$N` not yet substituted). */
export interface ApprovalItem {
  readonly idx: number;
  readonly tool: string;
  readonly args: readonly PlanValue[];
  readonly risk: RiskTier;
}

/** What a front end shows when asking for approval: every held step of the whole plan. */
export interface ApprovalRequest {
  readonly tasks: readonly ApprovalItem[];
}

/**
 * Decides a request: resolves true to run the held steps, false to deny the plan. Front ends
 * implement it (terminal prompt, Electron dialog, `--yes`); `signal` fires when the run is
 * cancelled while the question is open.
 */
export type Approver = (request: ApprovalRequest, options: { signal: AbortSignal }) => Promise<boolean>;

/** Whether a step of this risk waits for approval under `policy`. */
export function needsApproval(policy: ApprovalPolicy, risk: RiskTier): boolean {
  switch (policy) {
    case "ask-always":
      return true;
    case "never-ask":
      return false;
    case "ask-for-writes":
      return risk !== "read";
  }
}
