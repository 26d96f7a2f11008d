import type { PlanIssue } from "../plan/index.js";

/**
 * The observation of the reference's synthetic `join()` step for plan lines that could not be
 * used (spec §2.5), so the joiner sees the error and replans, as its Replan example shows:
 * `The plan generation was stopped due to an error in line 3! Error: Unknown tool "x" in step 3!
 * You MUST correct this error and try again!`. The reference stops at the first bad line and
 * quotes it; our parser goes on and keeps only line numbers, so every issue is listed and the
 * first one's line is named.
 */
export function planIssuesObservation(issues: readonly PlanIssue[]): string {
  const line = issues[0]?.line ?? 0;
  const where = line > 0 ? `line ${line}` : "the plan";
  const messages = issues.map((issue) => capitalize(issue.message.replace(/[.!\s]+$/, ""))).join("; ");
  return `The plan generation was stopped due to an error in ${where}! Error: ${messages}! You MUST correct this error and try again!`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
