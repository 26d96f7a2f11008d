import type { TemplateSet } from "./IntentContext.js";

/**
 * Openers put in front of an imperative request ("can you", "please"), each ending in a space, "" for
 * none. The test split has openers of its own.
 */
export const OPENERS: TemplateSet = {
  train: [
    "",
    "",
    "",
    "",
    "",
    "",
    "please ",
    "can you ",
    "could you ",
    "could you please ",
    "can you please ",
    "would you ",
    "hey, ",
    "hey ",
    "hi, ",
    "I need you to ",
    "I want you to ",
    "go ahead and ",
    "quickly ",
    "pls ",
    "Siri, ",
    "ok ",
    "can u ",
    "plz ",
    "I'd like you to ",
    "would you mind to ",
  ],
  test: ["", "", "", "", "kindly ", "could ya ", "mind if you ", "yo, ", "assistant, ", "be a dear and "],
};

/** Closers after a request (" please", " thanks"), each starting with a space or comma. */
export const CLOSERS: TemplateSet = {
  train: [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    " please",
    ", thanks",
    " thanks",
    ", thank you",
    " thx",
    " asap",
    " when you can",
    " pls",
    ", cheers",
    " real quick",
    " for me",
    ", ty",
  ],
  test: ["", "", "", "", "", " if you can", ", much appreciated", " right away"],
};
