import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import { calendarIntent } from "./calendarIntent.js";
import { createNoteIntent } from "./createNoteIntent.js";
import { emailIntent } from "./emailIntent.js";
import { mapsIntent } from "./mapsIntent.js";
import { reminderIntent } from "./reminderIntent.js";
import { smsIntent } from "./smsIntent.js";

/** Intents that read well as one half of "X and Y". */
const PARTS: readonly Intent[] = [
  smsIntent,
  emailIntent,
  reminderIntent,
  createNoteIntent,
  calendarIntent,
  mapsIntent,
];

const CONNECTORS: TemplateSet = {
  train: [
    " and ",
    " and ",
    ", and ",
    ", then ",
    " and then ",
    ". also ",
    ", also ",
    "; ",
    " & ",
    ". then ",
    " and also ",
    ", and also ",
    ". and ",
    " then ",
    ". next, ",
    ", next ",
    " — also ",
    " - and ",
    "; and ",
    ". another thing: ",
    ". while you're at it, ",
    ", and while you're at it ",
    ". one more thing, ",
    ", and then ",
    ". second, ",
    ". and also ",
    ". secondly ",
    " and additionally ",
    ". in addition, ",
    " n ",
    ", & ",
    " as well as ",
    ". also, ",
    " along with that ",
    ". besides that, ",
  ],
  test: [" plus ", ", after that ", ". oh and "],
};

/**
 * Two unrelated requests in one breath ("text Sid I'm late and remind me to call the bank at 5pm"):
 * one plan with both halves' lookups first, then both actions.
 */
export const compoundIntent: Intent = {
  name: "compound",
  weight: 8,
  compose(context) {
    const [first, second] = context.random.sample(PARTS, 2);
    if (!first || !second) throw new RangeError("compoundIntent needs two parts");
    const opener = context.opener();
    context.clause = true;
    const left = first.compose(context);
    // "can you" only fits in front of an imperative ("can you text Sid…", not "can you {when}: lunch");
    // an intent expands its main template last.
    const imperative = context.templates.at(-1)?.startsWith("{open}") ?? false;
    const right = second.compose(context);
    context.clause = false;
    const connector = context.random.pick(context.split === "test" ? CONNECTORS.test : CONNECTORS.train);
    return [...(imperative ? opener : []), ...left, { text: connector, protected: false }, ...right];
  },
};
