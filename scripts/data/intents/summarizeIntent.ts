import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import { noteName } from "../pools/textPieces.js";
import { openFiles } from "./attachFileIntent.js";
import { contacts } from "./contacts.js";
import { folderPart } from "./createNoteIntent.js";

const ALONE: TemplateSet = {
  train: [
    "{open}[summarize|give me a summary of|sum up|summarise|tl;dr|what's in|give me the gist of] {file}{close}",
    "{open}[read|go through] {file} and [summarize it|give me a summary|tell me what it says]{close}",
    "summary of {file}",
    "{open}[can I get|I'd like] a [quick |short |]summary of {file}{close}",
  ],
  test: ["{open}boil {file} down to a few lines{close}", "{file}: summarize[| please]"],
};

const TO_NOTE: TemplateSet = {
  train: [
    "{open}summarize {file} and [save|put|store] [it|the summary] [in|into|as] a [new |]note[ called| named| titled] {note}{folder}{close}",
    "{open}[make|create|write] a note [called|named] {note} with a summary of {file}{folder}{close}",
    "{open}summarize {file} into a note {note}{folder}{close}",
  ],
  test: ["{open}digest {file} into a new note {note}{folder}{close}"],
};

const TO_APPEND: TemplateSet = {
  train: [
    "{open}summarize {file} and [add|append] [it|the summary] to [my|the] {note} note{close}",
    "{open}[add|append] a summary of {file} to [my|the] {note} note{close}",
  ],
  test: ["{open}tack a summary of {file} onto the {note} note{close}"],
};

const TO_EMAIL: TemplateSet = {
  train: [
    "{open}summarize {file} and [email|send|mail] [it|the summary] to {who}{close}",
    "{open}[email|send] {who} a summary of {file}{close}",
    "{open}[write|send] {who} an email [summarizing|with a summary of] {file}{close}",
  ],
  test: ["{open}let {who} know by email what {file} says{close}"],
};

const TO_SMS: TemplateSet = {
  train: [
    "{open}summarize {file} and [text|message] [it|the summary] to {who}{close}",
    "{open}text {who} a summary of {file}{close}",
  ],
  test: ["{open}sms {who} the gist of {file}{close}"],
};

/**
 * A PDF opened, summarized, and the summary kept or shared: read out (alone), saved in a new note,
 * appended to a note, emailed (as the email's context) or texted.
 */
export const summarizeIntent: Intent = {
  name: "summarize",
  weight: 6,
  compose(context) {
    const target = context.random.weighted<string>([
      ["alone", 4],
      ["note", 3],
      ["append", 1],
      ["email", 3],
      ["sms", 1],
    ]);
    const people =
      target === "email" || target === "sms"
        ? contacts(context, target === "sms" ? "phone" : "email", context.random.chance(0.8) ? 1 : 2)
        : undefined;
    const file = openFiles(context, 1, true);
    const stem = file.files[0]?.stem ?? "";
    const summary = context.plan.call("summarize_pdf", [file.refs[0] ?? ""]);
    if (target === "alone") return context.expand(ALONE, { file: file.text });
    if (target === "email") {
      context.plan.call("compose_new_email", [people?.refs ?? [], [], `Summary of ${stem}`, summary, []]);
      return context.expand(TO_EMAIL, { file: file.text, who: people?.text ?? "" });
    }
    if (target === "sms") {
      context.plan.call("send_sms", [people?.refs ?? [], summary]);
      return context.expand(TO_SMS, { file: file.text, who: people?.text ?? "" });
    }
    const note = context.cased(noteName(context.random, context.pools));
    if (target === "append") {
      context.plan.call("append_note_content", [note, summary, ""]);
      return context.expand(TO_APPEND, { file: file.text, note });
    }
    const folder = folderPart(context, 0.25);
    context.plan.call("create_note", [note, summary, folder.folder]);
    return context.expand(TO_NOTE, { file: file.text, note, folder: folder.segments });
  },
};
