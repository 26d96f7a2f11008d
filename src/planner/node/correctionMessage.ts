import type { PlanIssue } from "../../plan/index.js";

/** One issue as the model and the user read it: `line 2: …`, or just the message for whole-plan issues. */
export function describePlanIssue(issue: PlanIssue): string {
  return issue.line > 0 ? `line ${issue.line}: ${issue.message}` : issue.message;
}

/**
 * The user turn that asks a model without grammar support to fix its plan: the validator's
 * messages, one per line, then a request for the whole plan again (a partial fix could not be
 * merged reliably with the earlier text).
 */
export function correctionMessage(issues: readonly PlanIssue[]): string {
  return `Your plan has these problems:\n${issues.map(describePlanIssue).join("\n")}\nWrite the whole corrected plan.`;
}
