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
    "can you email [my|the] {name} note to {who}",
    "[I want|I have|I'd like] to [email|mail] {who} [my|the] {name} note{close}",
    "{who} asked for [my|the] {name} note[,|;] [email|mail] them a copy",
    "{open}[write|compose] an email to {who} with [my|the] {name} note [in it|as the body|pasted in]{close}",
    "{open}make sure [my|the] {name} note [goes out to|is sent to] {who} [by email|in an email]{close}",
    "{open}email {who} [a copy of|the contents of|what's in] [my|the] {name} note{close}",
    "[my|the] {name} note for {who}[,|] [via|over] e-mail",
    "I would like {who} to receive [my|the] {name} note by email",
    "{open}shoot {who} [my|the] {name} note [in an email|over email]{close}",
    "I promised {who} [my|the] {name} note[,|;] [email|mail] it [to them|over]",
    "could you [open|pull up] [my|the] {name} note and [email|mail] it to {who} for me",
    "{open}[look up|pull up|grab] [my|the] {name} note, then [email|mail] [it|the contents] to {who}{close}",
    "in Mail, send {who} [my|the] {name} note{close}",
    "{open}[paste|copy] [my|the] {name} note into an email to {who}{close}",
  ],
  test: ["{open}get the {name} note to {who} by email{close}"],
};

const BY_SMS: TemplateSet = {
  train: [
    "{open}[text|message|sms] [my|the] {name} note to {who}{close}",
    "{open}[text|message] {who} [my|the] {name} note{close}",
    "{open}[open|find] [my|the] {name} note and [text|message] it to {who}{close}",
    "can you text [my|the] {name} note to {who}",
    "[I want|I have|I need|I'd like] to [text|message] {who} [my|the] {name} note{close}",
    "{open}share [my|the] {name} note with {who} [in Messages|over iMessage|by text|via sms]{close}",
    "{open}[text|message|sms] {who} [the contents of|what's in|what I wrote in] [my|the] {name} note{close}",
    "{who} asked for [my|the] {name} note[,|;] [text|message] [it to them|them a copy]",
    "{open}make sure [my|the] {name} note [goes to|is sent to] {who} [by text|in a message]{close}",
    "{open}[pull up|look up|grab] [my|the] {name} note, then [text|message] it to {who}{close}",
    "{open}[imessage|msg] {who} [my|the] {name} note{close}",
    "could you [open|find] [my|the] {name} note and [text|message] what it says to {who}",
    "I promised {who} [my|the] {name} note[,|;] [text|message] it to them",
    "{open}[send|shoot] {who} a [text|text message] [containing|with] [my|the] {name} note{close}",
    "text {who} the {name} note so they have it[ too|]",
    "{open}[paste|copy] [my|the] {name} note into a [text|message] to {who}{close}",
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
