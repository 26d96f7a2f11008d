import type { PlanIssue } from "../plan/index.js";
import type { JoinDecision, Joiner, JoinInput } from "./Joiner.js";
import type { TaskOutcome } from "./TaskOutcome.js";
import { toolPhrases } from "./toolPhrases.js";

/**
 * A joiner without a model: words the outcomes as a short answer and never replans. Says what
 * was done (one clause per draft/write step), what was looked up (read steps no finished step used),
 * what failed and why, and what was skipped. A PDF summary is the answer itself, as the
 * reference's `Finish(Summary)` is (spec §3.5).
 */
export class SummaryJoiner implements Joiner {
  async join(input: JoinInput, _options?: { signal: AbortSignal }): Promise<JoinDecision> {
    return { kind: "finish", answer: summarize(input.tasks, input.issues) };
  }
}

function summarize(outcomes: readonly TaskOutcome[], issues: readonly PlanIssue[]): string {
  if (outcomes.length === 0) {
    const issue = issues[0];
    return issue
      ? `Sorry, I couldn't work out how to do that (${issue.message}).`
      : "Sorry, I can't do that with the tools I have.";
  }
  const byIdx = new Map(outcomes.map((outcome) => [outcome.task.idx, outcome]));
  // A lookup that fed a finished step is not news; one whose consumers failed or were skipped is.
  const used = new Set(outcomes.flatMap((outcome) => (outcome.status === "done" ? outcome.task.deps : [])));
  const intent = (outcome: TaskOutcome) => toolPhrases(outcome.task.tool).intent(outcome.args);
  const summaries: string[] = [];
  const done: string[] = [];
  const problems: string[] = [];
  let unparsedMentioned = false;
  for (const outcome of outcomes) {
    const { tool, idx } = outcome.task;
    switch (outcome.status) {
      case "done":
        if (tool === "summarize_pdf") summaries.push(outcome.observation.trim());
        else if (outcome.risk !== "read" || !used.has(idx)) {
          done.push(toolPhrases(tool).done(outcome.args, outcome.observation));
        }
        break;
      case "failed":
        problems.push(
          `I couldn't ${intent(outcome)}: ${lowerFirst(outcome.error.message.replace(/^Error:\s*/, ""))}`,
        );
        break;
      case "skipped": {
        const root = byIdx.get(outcome.rootIdx);
        if (root) problems.push(`I didn't ${intent(outcome)}, since I couldn't ${intent(root)}`);
        else {
          unparsedMentioned = true;
          problems.push(
            `I didn't ${intent(outcome)}: step ${outcome.rootIdx} of the plan could not be understood`,
          );
        }
        break;
      }
      case "cancelled":
        problems.push(
          `I didn't ${intent(outcome)}: ${outcome.reason === "denied" ? "it was not approved" : "the run was cancelled"}`,
        );
        break;
    }
  }
  if (issues.length > 0 && !unparsedMentioned)
    problems.push("Part of the plan could not be understood, so I left it out");
  const sentences = [...done, ...problems].map(sentence).join(" ");
  return [...summaries, sentences].filter((paragraph) => paragraph !== "").join("\n\n") || "Done.";
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalized = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

/** "No contact named X" reads better mid-sentence as "no contact named X"; acronyms stay. */
function lowerFirst(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
}
