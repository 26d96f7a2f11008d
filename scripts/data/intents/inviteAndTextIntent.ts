import { goldEnd, goldStart } from "../DatePhrase.js";
import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import { eventTitle } from "../pools/textPieces.js";
import { openFiles } from "./attachFileIntent.js";
import { wherePart } from "./calendarIntent.js";
import { contacts, groupSize } from "./contacts.js";

const AND_TEXT: TemplateSet = {
  train: [
    "{open}invite {who} to {title}{where} {when} and [text|message] them [the details|about it|a heads-up|the address]{close}",
    "{open}[schedule|set up|book] {title} with {who}{where} {when}[, and| and| then] [text|sms|message] [them|everyone] [the details|about it|so they know]{close}",
    "{open}[add|put] {title} with {who} on my calendar {when}{where} and [let them know by text|text them]{close}",
    "{open}[send|email] {who} [an invite|a calendar invite|an invitation] to {title} {when}{where}, then [text|message] them [too|as well|the details]{close}",
    "{open}[create|make] an event for {title}{where} {when} with {who} [as guests|invited] and [text|sms] them [the info|the details|a heads-up]{close}",
    "[I want to|I need to|I'd like to] invite {who} to {title}{where} {when} and [text|message] them [about it|the details]{close}",
    "can you invite {who} to {title} {when}{where} and [also |]send them a text",
    "{open}invite {who} to {title}{where} {when}; [also|and] [sms|text] [everyone|them] so nobody misses it{close}",
    "invite {who} to {title}{where} {when}, text [them|everyone] too",
    "[I'm|we're] [hosting|having|throwing] {title}{where} {when}; invite {who} and [text|message] them [the details|about it]",
    "{open}[put|add] {title}{where} on my calendar {when}, [invite|add] {who}, and [text|message] them [the details|so they know]{close}",
    "{open}[set up|schedule|organize] {title} {when}{where} with {who} and follow [up|it up] with a text [to them|to everyone|]{close}",
    "{open}invite {who} to {title} {when}{where} and [send them the details|let them know] in Messages{close}",
  ],
  test: ["{open}get {who} to {title}{where} {when}: calendar invite plus a text{close}"],
};

const AND_EMAIL_FILE: TemplateSet = {
  train: [
    "{open}invite {who} to {title} {when}{where} and email them {file}{close}",
    "{open}[schedule|set up] {title} with {who} {when}{where} and [send|email] them {file}{close}",
    "{open}[send|email] {who} [an invite|an invitation] to {title} {when}{where} and [attach|include] {file} in an email{close}",
    "{open}[create|make] {title} {when}{where} with {who} [invited|as attendees] and email [them|everyone] {file}{close}",
    "[I want to|I need to|I'd like to] invite {who} to {title} {when}{where} and email them {file}",
    "can you invite {who} to {title} {when}{where} and [email|send] [them|everyone] {file} [too|as well|by email]",
    "{open}invite {who} to {title} {when}{where}; [also|and] send them {file} as an [attachment|email attachment]{close}",
    "{open}[organize|set up] {title} with {who} {when}{where} and share {file} with them [by email|in an email]{close}",
    "invite {who} to {title} {when}{where}, email {file} to [them|everyone]",
    "[I'm|we're] [hosting|running|having] {title} {when}{where}; invite {who} and email them {file}",
    "{open}put {title} on my calendar {when}{where} with {who} [invited|as guests] and email them {file}{close}",
  ],
  test: ["{open}book {title} with {who} {when}{where}, then mail them {file}{close}"],
};

/**
 * Several people invited to one event and then reached again: texted the details (their emails for
 * the invite and their numbers for one SMS, all looked up in parallel first) or emailed a file.
 */
export const inviteAndTextIntent: Intent = {
  name: "invite-and-follow-up",
  weight: 4,
  compose(context) {
    const count = Math.max(groupSize(context, 3), context.random.chance(0.5) ? 2 : 1);
    const people = contacts(context, "email", count);
    const title = context.cased(eventTitle(context.random, context.pools));
    const where = wherePart(context, 0.5);
    const when = context.timed({ event: true });
    const byText = context.random.chance(0.65);
    const file = byText ? undefined : openFiles(context, 1);
    context.plan.call("create_calendar_event", [
      title,
      goldStart(when),
      goldEnd(when),
      where.location,
      people.refs,
      "",
      null,
    ]);
    if (byText) {
      const phones = contacts(context, "phone", count, { names: people.names });
      const details = `${title}${where.text} ${when.text}`;
      context.plan.call("send_sms", [phones.refs, details]);
      return context.expand(AND_TEXT, { who: people.text, title, where: where.text, when: when.text });
    }
    context.plan.call("compose_new_email", [people.refs, [], title, "", file?.refs ?? []]);
    return context.expand(AND_EMAIL_FILE, {
      who: people.text,
      title,
      where: where.text,
      when: when.text,
      file: file?.text ?? "",
    });
  },
};
