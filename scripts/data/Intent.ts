import type { IntentContext } from "./IntentContext.js";
import type { Segment } from "./template.js";

/**
 * One kind of request ("text people", "zoom meeting into a calendar event"): it writes the gold plan
 * into `context.plan` and returns the request's words, both drawn from the same slot values.
 */
export interface Intent {
  readonly name: string;
  /** How often it is drawn, relative to the other intents. */
  readonly weight: number;
  compose(context: IntentContext): Segment[];
}
