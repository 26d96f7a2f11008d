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
    "[can|could|would] you [summarize|sum up|recap|give me a summary of] {file}[?| for me?|]",
    "[I need|I want] a [quick |brief |short |]summary of {file}[ please|]",
    "I don't have time to read {file}[,|] [give me the short version|what are the main points|just sum it up for me]",
    "{open}[what are|give me|list] the [key|main] [points|takeaways|ideas] [of|in|from] {file}{close}",
    "what's {file} [about|all about][?|]",
    "{open}give me [the short version|the highlights|an overview|a rundown|a recap|the cliff notes|an executive summary] of {file}{close}",
    "{open}[skim|read through|look through] {file} and [tell me|give me] the [main points|highlights|key points]{close}",
    "{open}[open|pull up] {file} and [summarize it|give me a summary|sum it up]{close}",
    "{open}[recap|outline] [the document |the PDF |the paper |]{file}{close}",
    "{open}[summarize|sum up] [the document |the PDF |the report |]{file} [in bullet points|in plain English|in one paragraph|briefly]{close}",
    "{open}summarize {file} so I know [if it's worth reading|what I'm dealing with]{close}",
    "I have to present {file}[,|] [sum it up for me|what are the highlights|give me a summary]",
    "[summary|quick summary|tl;dr] [please |pls |]for this PDF: {file}",
    "what's the [tl;dr|summary|bottom line|takeaway] [of|on] {file}[?|]",
    "{open}[provide|prepare|produce] a [concise |brief |]summary of {file}{close}",
    "{file} is [way |]too long[,| lol,] [give me the short version|what's it about|just sum it up]",
    "{file}[,| —] [sum it up|give me the summary|summary please|recap it]",
    "{open}[condense|shorten|compress] {file} [into|to] a [short|brief] summary{close}",
    "{open}[distill|reduce] {file} to [its|the] [main|key] points{close}",
    "[I have to|I gotta|I should] [know|find out] what {file} says[, summarize it|, sum it up]",
  ],
  test: ["{open}boil {file} down to a few lines{close}", "{file}: summarize[| please]"],
};

const TO_NOTE: TemplateSet = {
  train: [
    "{open}summarize {file} and [save|put|store] [it|the summary] [in|into|as] a [new |]note[ called| named| titled] {note}{folder}{close}",
    "{open}[make|create|write] a note [called|named] {note} with a summary of {file}{folder}{close}",
    "{open}summarize {file} into a note {note}{folder}{close}",
    "{open}[put|save|write] a summary of {file} in a new note [called|named|titled] {note}{folder}{close}",
    "[I want|I'd like] a [new |]note [called|named] {note}{folder} [with|containing] [a summary|the key points] of {file}",
    "{open}[read|go through|open] {file}, summarize it, and [save|store|keep] [that|the summary] as a note [called|named] {note}{folder}{close}",
    "new note {note}{folder}: summary of {file}",
    "{open}write [up |]the [main points|key points|highlights] of {file} in a [new |]note [called|titled] {note}{folder}{close}",
    "[can|could] you summarize {file} and [make|create] a note [called|named|titled] {note}{folder}[ out of it| from it|][?|]",
    "{open}[create|make] a new note {note}{folder} and put [a|the] summary of {file} in it{close}",
    "in Notes, [make|create|add] a note {note}{folder} with a summary of {file}",
    "{open}take notes on {file} in a new note [called|titled] {note}{folder}{close}",
    "{file} — summarize it into a new note [called|named] {note}{folder}",
    "{open}[condense|distill] {file} into a [new |]note [called|named] {note}{folder}{close}",
  ],
  test: ["{open}digest {file} into a new note {note}{folder}{close}"],
};

const TO_APPEND: TemplateSet = {
  train: [
    "{open}summarize {file} and [add|append] [it|the summary] to [my|the] {note} note{close}",
    "{open}[add|append] a summary of {file} to [my|the] {note} note{close}",
    "{open}[put|paste|stick] a summary of {file} [in|into|at the end of] [my|the] {note} note{close}",
    "{open}update [my|the] {note} note with a summary of {file}{close}",
    "{open}summarize {file} and [include|insert|put] [it|the summary] in [my|the] existing {note} note{close}",
    "[can|could] you [add|append] the [key points|main points|highlights] of {file} to [my|the] {note} note[?|]",
    "I [want|need] the {note} note to [include|have] a summary of {file}",
    "for [my|the] {note} note, summarize {file} and add it [at the end|to the bottom]",
    "{open}[add|append] the gist of {file} to the end of [my|the] {note} note{close}",
    "{file}: [summarize|sum up] and [add|append] to the {note} note",
  ],
  test: ["{open}tack a summary of {file} onto the {note} note{close}"],
};

const TO_EMAIL: TemplateSet = {
  train: [
    "{open}summarize {file} and [email|send|mail] [it|the summary] to {who}{close}",
    "{open}[email|send] {who} a summary of {file}{close}",
    "{open}[write|send] {who} an email [summarizing|with a summary of] {file}{close}",
    "[can|could] you email {who} [a recap|the key points|the highlights|a short summary] of {file}[?|]",
    "I promised {who} a summary of {file} by email[, can you handle that?|, take care of it|]",
    "{open}[read|go through|open] {file} and email {who} [the main points|a summary|a recap]{close}",
    "{open}[draft|compose|write up] an email to {who} [that summarizes|recapping|with the key points of] {file}{close}",
    "I'd like {who} to [get|receive] a summary of {file} by email",
    "{open}make sure {who} [gets|receives] a summary of {file} [by|via] email{close}",
    "{open}summarize {file} in an email [to|for] {who}{close}",
    "email {who}: summary of {file}",
    "{open}[sum up|recap] {file} for {who} [by email|via email|in an email|in Mail]{close}",
    "{open}[tell|inform] {who} by email [what's in|what is in|the gist of] {file}{close}",
    "{file}: [summarize it|sum it up] and [email|mail] [it|the summary] to {who}",
    "{who} [wants|needs|asked for] [a summary|the gist|the short version] of {file}[,|;] email it",
  ],
  test: ["{open}let {who} know by email what {file} says{close}"],
};

const TO_SMS: TemplateSet = {
  train: [
    "{open}summarize {file} and [text|message] [it|the summary] to {who}{close}",
    "{open}text {who} a summary of {file}{close}",
    "[can|could] you text {who} [the key points|a quick summary|the highlights] of {file}[?|]",
    "{open}[message|iMessage] {who} a [short |quick |]summary of {file}{close}",
    "{open}summarize {file} and send [it|the summary] to {who} [in Messages|via iMessage|over text]{close}",
    "{open}[read|go through] {file} and text {who} [the main points|a recap]{close}",
    "I [want|need] to text {who} a summary of {file}",
    "{open}send {who} a text [summarizing|with a summary of] {file}{close}",
    "text {who}: summary of {file}",
    "{open}make sure {who} gets a [quick |]summary of {file} [by text|in a text message]{close}",
    "{open}[text|message] {who} [the short version|a recap|the tl;dr] of {file}{close}",
    "{file}: summary to {who} by text",
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
