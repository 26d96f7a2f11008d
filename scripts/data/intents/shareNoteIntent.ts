import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import { noteName } from "../pools/textPieces.js";
import { contacts } from "./contacts.js";

const BY_EMAIL: TemplateSet = {
  train: [
    "{open}[email|send|mail] [my|the] {name} note to {who}{close}",
    "{open}[email|send] {who} [my|the] {name} note{close}",
    "{open}[open|find] [my|the] {name} note and [email|send|mail] it to {who}{close}",
    "{open}share [my|the] {name} note with {who} [by|via|over] email{close}",
  ],
  test: ["{open}get the {name} note to {who} by email{close}"],
};

const BY_SMS: TemplateSet = {
  train: [
    "{open}[text|message|sms] [my|the] {name} note to {who}{close}",
    "{open}[text|message] {who} [my|the] {name} note{close}",
    "{open}[open|find] [my|the] {name} note and [text|message] it to {who}{close}",
  ],
  test: ["{open}send the {name} note to {who} as a text{close}"],
};

/** A note's content sent on: opened first, then passed as an email's context or as the SMS text. */
export const shareNoteIntent: Intent = {
  name: "share-note",
  weight: 2,
  compose(context) {
    const byEmail = context.random.chance(0.6);
    const who = contacts(context, byEmail ? "email" : "phone", context.random.chance(0.75) ? 1 : 2);
    const name = context.cased(noteName(context.random, context.pools));
    const note = context.plan.call("open_note", [name, ""]);
    if (byEmail) {
      context.plan.call("compose_new_email", [who.refs, [], name, note, []]);
      return context.expand(BY_EMAIL, { who: who.text, name });
    }
    context.plan.call("send_sms", [who.refs, note]);
    return context.expand(BY_SMS, { who: who.text, name });
  },
};
