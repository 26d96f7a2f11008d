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
    "{open}[let|tell] {to} know about {topic} [by email|via email|in an email]{cc}{close}",
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
