import type { Intent } from "../Intent.js";
import type { IntentContext, TemplateSet } from "../IntentContext.js";
import { emailTopic } from "../pools/textPieces.js";
import type { Segment } from "../template.js";
import { type ContactList, contacts, groupSize } from "./contacts.js";

const TEMPLATES: TemplateSet = {
  train: [
    "{open}[email|mail|e-mail|send an email to|write an email to|shoot an email to|drop an email to] {to} about {topic}{cc}{close}",
    "{open}[compose|draft|write|start] an email to {to} [about|regarding|re:|on] {topic}{cc}{close}",
    "{open}send {to} [a mail|a note|an email|a quick email] about {topic}{cc}{close}",
    '{open}email {to} with the subject [{topic}|"{topic}"]{cc}{close}',
    "[email|mail] {to} re {topic}{cc}",
    "{open}[write|send] [an|a new] email [to {to} about {topic}|about {topic} to {to}]{cc}{close}",
    "{open}[let {to} know|tell {to}] about {topic} [by email|via email|in an email]{cc}{close}",
    "[can|could|would] you [write|send|draft] {to} an email [about|on|regarding] {topic}{cc}[ for me|]",
    "{to} should [hear from me|receive an email from me|be emailed] [about|regarding|on] {topic}{cc}",
    "{open}[put together|whip up|prepare|write up] an email [for|to] {to} [about|on the subject of|regarding] {topic}{cc}{close}",
    "new [email|mail|message] to {to}[,| -] subject[:|] {topic}{cc}{close}",
    "{open}[use|open] Mail [and|to] [write to|email|compose a message to] {to} about {topic}{cc}{close}",
    "{open}[reach out to|contact|write to] {to} [by email|via email|with an email|through Mail] [about|regarding|on] {topic}{cc}{close}",
    "{to} [—|-|:] [email|mail|write] them about {topic}{cc}",
    "email to {to}[,|;] [subject|subj|topic][:|] {topic}{cc}",
    "{open}[start|open] a [fresh|blank|new] email [thread|draft|] with {to} [about|on] {topic}{cc}{close}",
    "{open}[send|write] {to} [a few words|a message|a note] [by email|in Mail|via mail] [about|on|regarding] {topic}{cc}{close}",
    "{open}[prepare|compose] an email addressed to {to} with the subject line {topic}{cc}{close}",
    "[would you mind|do you mind] [emailing|writing to|mailing] {to} [about|regarding] {topic}{cc}",
    "{to} asked [me |]about {topic}, [email|write|mail] them{cc}",
    "I promised {to} an email about {topic}, [write|draft|start] it{cc}",
    "{open}make sure {to} [receives|is sent] an email [about|on|regarding] {topic}{cc}{close}",
    "{open}hit {to} up with an email [about|on] {topic}{cc}{close}",
    "{open}[email|mail] {to}[,| and] the subject [is|should be|will be] {topic}{cc}{close}",
    "{open}[write|compose] an email to {to} and [make|set] the subject {topic}{cc}{close}",
    "{open}[write|draft] an email about {topic} and [address|send] it to {to}{cc}{close}",
    "[quick|short|brief] email to {to} [about|re|on] {topic}{cc}{close}",
    "{topic} — [send|write] {to} an email{cc}",
    "re {topic}[,|:] [mail|write to|email] {to}{cc}",
    "[I have to|I gotta|I should] [email|mail|write to] {to} [about|on|re] {topic}{cc}",
    "{open}email for {to}[:|,] {topic}{cc}{close}",
    "subject {topic}[,|;] [to|recipient] {to}{cc}",
    "about {topic}[:|,] [an email|a mail|a message] to {to}{cc}",
  ],
  test: [
    "{open}get an email out to {to} concerning {topic}{cc}{close}",
    "I need to email {to} about {topic}{cc}",
    "{open}ping {to} over email about {topic}{cc}{close}",
    "{topic}: email {to}{cc}",
  ],
};

/** How a cc list joins an email request (" and cc Anna"), per split. */
export const CC_FRAGMENTS: TemplateSet = {
  train: [
    " and cc {cc}",
    ", cc {cc}",
    " (cc {cc})",
    " and copy {cc}",
    " with {cc} in cc",
    ", cc'ing {cc}",
    " and cc: {cc}",
    " and put {cc} on cc",
    " with a cc to {cc}",
    " — cc {cc}",
    " and add {cc} as cc",
    ", with {cc} cc'd",
    " and include {cc} on the cc line",
    " and carbon copy {cc}",
    "; cc {cc}",
    " & cc {cc}",
    " and also cc {cc}",
    " with {cc} copied",
    " and keep {cc} in cc",
    ", and add {cc} to the cc",
  ],
  test: [" and loop in {cc}", ", copying {cc}", " plus cc {cc}"],
};

/** The cc part of a request and its lookups: usually none, sometimes one or two people. */
export function ccPart(context: IntentContext, chance = 0.25): { segments: Segment[]; list?: ContactList } {
  if (!context.random.chance(chance)) return { segments: [] };
  const list = contacts(context, "email", context.random.chance(0.8) ? 1 : 2, { typed: 0.1 });
  return { segments: context.expand(CC_FRAGMENTS, { cc: list.text }), list };
}

/** A new email to people (looked up or typed as addresses), with cc; the body is left to the mail agent. */
export const emailIntent: Intent = {
  name: "email",
  weight: 9,
  compose(context) {
    const to = contacts(context, "email", groupSize(context, 3), { typed: 0.12 });
    const cc = ccPart(context);
    const topic = context.cased(emailTopic(context.random, context.pools));
    context.plan.call("compose_new_email", [to.refs, cc.list?.refs ?? [], topic, "", []]);
    return context.expand(TEMPLATES, { to: to.text, topic, cc: cc.segments });
  },
};
