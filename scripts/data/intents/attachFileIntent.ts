import type { Intent } from "../Intent.js";
import type { IntentContext, TemplateSet } from "../IntentContext.js";
import type { StepRef } from "../PlanBuilder.js";
import { type FileName, fileName } from "../pools/fileName.js";
import { emailTopic } from "../pools/textPieces.js";
import { contacts, groupSize } from "./contacts.js";
import { ccPart } from "./emailIntent.js";

const TEMPLATES: TemplateSet = {
  train: [
    "{open}[email|send|mail] {file} to {to}{topic}{cc}{close}",
    "{open}send {to} [the file|the document|my|the] {file}[| by email| via email| in an email]{topic}{cc}{close}",
    "{open}attach {file} to an email [to|for] {to}{topic}{cc}{close}",
    "{open}email {to}[ and attach| with] {file}{topic}{cc}{close}",
    "{open}share {file} with {to} [by|via|over] email{topic}{cc}{close}",
    "{open}[compose|draft|write] an email to {to}{topic} [with|and attach] {file}{cc}{close}",
    "[email|mail] {file} -> {to}{topic}{cc}",
    "[can|could|would] you [email|send] {to} [a copy of |the file |]{file}[ as an attachment| attached to an email|]{topic}{cc}[?| for me?|]",
    "[I have to|I want to|I'd like to|gotta] send {file} to {to} [by email|as an email attachment|in an email]{topic}{cc}",
    "{open}make sure {to} [gets|receives] {file} [by email|as an email attachment]{topic}{cc}{close}",
    "I told {to} I'd email [them |]{file}{topic}{cc}[, can you do that for me?|, please take care of it|, handle that for me]",
    "new [email|mail|email draft] to {to}{topic}{cc}[, attach| with attachment| and attach|, attachment:] {file}",
    "{open}send {file} to {to} [in|from|with|using] [Mail|Apple Mail|the Mail app]{topic}{cc}{close}",
    "{open}[prepare|put together|set up] an email to {to}{topic} [enclosing|including|containing] {file}{cc}{close}",
    "[could|can] you [attach|include|add] {file} [in|to] an email [to|for] {to}{topic}{cc}[?| please?|]",
    "{open}[write|create|open] a [new |][email|mail] [to|for] {to} with {file} attached{topic}{cc}{close}",
    "{open}attach {file} and send [the email |the mail |]to {to}{topic}{cc}{close}",
    "{open}[email|e-mail|mail] {to} [a copy of |the latest version of |the latest ]{file}{topic}{cc}{close}",
    "{open}[pass|hand] {file} [along |]to {to} [by|via] email{topic}{cc}{close}",
    "I want {to} to [have|receive] {file} by email{topic}{cc}",
    "{file} goes to {to} [by|via] email{topic}{cc}[ please|]",
    "{open}[put|stick|pop] {file} in an email [to|for] {to}{topic} and send it{cc}{close}",
    "I'm [sending|emailing] {file} to {to}{topic}{cc}[, set that up|, set it up for me|, write the email]",
    "email {to} [with|including] [the |an ]attachment {file}{topic}{cc}",
    "{file} [for|to] {to}[,| —] [email it|send it by email|attach it to an email]{topic}{cc}",
    "{open}[send|email] {file} [across|along] to {to}{topic}{cc}{close}",
  ],
  test: [
    "{open}get {file} over to {to} by email{topic}{cc}{close}",
    "{to} needs {file}, email it{topic}{cc}",
    "{open}mail off {file} to {to}{topic}{cc}{close}",
  ],
};

/** " and " / ", " between two files of one request. */
function filesText(context: IntentContext, files: readonly FileName[]): string {
  return files.map((file) => file.name).join(context.random.pick([" and ", " and ", ", ", " & "]));
}

/** Files found with `open_and_get_file_path` (which opens them too), in the order named. */
export function openFiles(
  context: IntentContext,
  count: number,
  pdf = false,
): { files: FileName[]; refs: StepRef[]; text: string } {
  const files = Array.from({ length: count }, () => fileName(context.random, context.pools, { pdf })).map(
    (file) => ({
      name: context.cased(file.name),
      stem: context.cased(file.stem),
    }),
  );
  const refs = files.map((file) => context.plan.call("open_and_get_file_path", [file.name]));
  return { files, refs, text: filesText(context, files) };
}

/**
 * Files attached to a new email: each file opened first, contacts looked up, then one email with
 * every attachment. The subject is the topic when the user names one, else the first file's name.
 */
export const attachFileIntent: Intent = {
  name: "attach-file",
  weight: 6,
  compose(context) {
    const to = contacts(context, "email", groupSize(context, 3), { typed: 0.12 });
    const cc = ccPart(context, 0.15);
    const files = openFiles(context, context.random.chance(0.8) ? 1 : 2);
    const topic = context.random.chance(0.3)
      ? context.cased(emailTopic(context.random, context.pools))
      : undefined;
    const subject = topic ?? files.files[0]?.stem ?? "";
    context.plan.call("compose_new_email", [to.refs, cc.list?.refs ?? [], subject, "", files.refs]);
    const topicText =
      topic === undefined
        ? []
        : [
            { text: context.random.pick([" about ", " re ", " regarding "]), protected: false },
            { text: topic, protected: true },
          ];
    return context.expand(TEMPLATES, { to: to.text, file: files.text, topic: topicText, cc: cc.segments });
  },
};
