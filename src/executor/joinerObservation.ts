import type { TaskOutcome } from "./TaskOutcome.js";

/**
 * A step's observation as the reference joiner and replanner see it (spec §3.7): the tool's
 * text, or `Error: <message>! You MUST correct this error and try again!` for a failure (events
 * keep the raw message). Skipped and cancelled steps (which the reference never has) read as
 * their reason.
 */
export function joinerObservation(outcome: TaskOutcome): string {
  switch (outcome.status) {
    case "done":
      return outcome.observation;
    case "failed": {
      const message = outcome.error.message.replace(/^Error:\s*/, "").replace(/[.!\s]+$/, "");
      return `Error: ${message}! You MUST correct this error and try again!`;
    }
    case "skipped":
      return outcome.reason;
    case "cancelled":
      return outcome.reason === "denied" ? "Skipped: the user did not approve this step." : "Cancelled.";
  }
}
