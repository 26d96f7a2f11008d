import { goldEnd, goldStart } from "../DatePhrase.js";
import type { Intent } from "../Intent.js";
import type { IntentContext, TemplateSet } from "../IntentContext.js";
import { CALENDAR_NAMES } from "../pools/misc.js";
import { placeName } from "../pools/placeName.js";
import { eventTitle, noteContent } from "../pools/textPieces.js";
import type { Segment } from "../template.js";
import { type ContactList, contacts } from "./contacts.js";

const TEMPLATES: TemplateSet = {
  train: [
    "{open}[schedule|set up|book|arrange|plan|organize] {title}{with}{where} {when}{extra}{close}",
    "{open}[create|add|make] [a calendar event|an event|a meeting|an appointment|a calendar entry] [called|named|titled|for] {title}{with}{where} {when}{extra}{close}",
    "{open}put {title}{with} on my calendar {when}{where}{extra}{close}",
    "{open}[add|put] {title}{with} [to|in|on] [my|the] calendar {when}{where}{extra}{close}",
    "{when}: {title}{with}{where}{extra}",
    "{open}[schedule|book] [a meeting|time] {when}[ for| about| re] {title}{with}{where}{extra}{close}",
    "[new event|{open}create a new event] {title} {when}{with}{where}{extra}",
    "[can|could|would] you [put|add|stick] {title}{with} [on|in|into] my calendar {when}{where}{extra}",
    "[I need to|I want to|I'd like to|I have to|I gotta] [schedule|set up|book|arrange] {title}{with} {when}{where}{extra}",
    "{open}make sure {title}{with} is on my calendar {when}{where}{extra}{close}",
    "[calendar|cal]: {title}{with}{where} {when}{extra}",
    "{open}[create|add|make] [a new|an] [entry|event] in [Calendar|the Calendar app] [for|called] {title}{with} {when}{where}{extra}{close}",
    "[calendar event|event|appt|appointment|meeting]: {title}{with}{where}, {when}{extra}",
    "could you [schedule|set up|arrange] {title}{with} for me {when}{where}{extra}",
    "my [manager|boss|team] asked me to [schedule|set up|organize] {title}{with} {when}{where}{extra}",
    "{open}[throw|stick|chuck] {title}{with} on [my|the] [calendar|cal] {when}{where}{extra}{close}",
    "{open}[create|register|enter] a calendar [entry|event] for {title}{with}, [taking place|to be held] {when}{where}{extra}{close}",
    "{open}[add|create] an event [called|named] {title} [and it's|it's] {when}{where}{with}{extra}{close}",
    "{open}[add|create|make] [an event|an appointment|an entry] {when}[:|,| -] {title}{with}{where}{extra}{close}",
    "{open}[set up|organise|arrange] {title} for me{with}{where} {when}{extra}{close}",
    "{open}[save|record|log] {title}{with} [to|in] my calendar {when}{where}{extra}{close}",
    "{open}[hold|reserve|save] {when} for {title}{with}{where}{extra}{close}",
    "{title}{with} {when}{where} — [put it on|add it to] my calendar{extra}",
    "[there's|we have] {title}{with} {when}{where}[, calendar it|, schedule it]{extra}",
  ],
  test: [
    "{open}block {when} for {title}{with}{where}{extra}{close}",
    "{open}pencil in {title}{with} {when}{where}{extra}{close}",
    "I've got {title}{with} {when}{where}[, add it to my calendar|, put it in the calendar]{extra}",
  ],
};

const INVITE_TEMPLATES: TemplateSet = {
  train: [
    "{open}invite {who} to {title}{where} {when}{extra}{close}",
    "{open}send {who} [an invite|a calendar invite|an invitation] for {title} {when}{where}{extra}{close}",
    "{open}[schedule|set up|book] {title} with {who} {when}{where}{extra}{close}",
    "{open}[meet|meeting] with {who} {when} [for|about|re] {title}{where}{extra}{close}",
    "[mtg|meeting] w/ {who} re {title} {when}{where}{extra}",
    "{open}[send|email] [an invitation|a meeting invite|an invite] to {who} for {title} {when}{where}{extra}{close}",
    "{open}ask {who} to join {title} {when}{where} [with a calendar invite|via a calendar invite|by sending an invite]{extra}{close}",
    "[I want to|I need to|I'd like to] invite {who} to {title} {when}{where}{extra}",
    "{open}[create|make|set up] [an event|a meeting|a calendar event] [for|called] {title} {when}{where} and invite {who}{extra}{close}",
    "{open}[put|add] {title} on my calendar {when}{where} and invite {who}{extra}{close}",
    "{who} [should|must|ought to] be invited to {title} {when}{where}{extra}",
    "[calendar invite|invite] for {who}: {title} {when}{where}{extra}",
    "[I'm|we're] [meeting|getting together with] {who} {when} for {title}{where}, [send an invite|send them an invite|invite them]{extra}",
    "{open}[schedule|set up|organize] a [meeting|session|get-together] with {who} [called|titled|named] {title} {when}{where}{extra}{close}",
    "{open}[invite|add] {who} to a calendar event [for|called] {title} {when}{where}{extra}{close}",
    "{open}extend an invitation to {who} for {title} {when}{where}{extra}{close}",
    "{title} w/ {who} {when}{where}, send [invites|the invite|an invite]{extra}",
    "can you [invite|send an invite to] {who} for {title} {when}{where}{extra}",
    "{open}[add|put] {who} [to|on] [the|an] invite for {title} {when}{where}{extra}{close}",
    "{open}[schedule|set up] {title} {when}{where} and invite {who}{extra}{close}",
  ],
  test: [
    "{open}get {who} on my calendar for {title} {when}{where}{extra}{close}",
    "{open}loop {who} into {title} {when}{where}{extra}{close}",
  ],
};

/** " at Blue Bottle Coffee" and its location argument, or nothing. */
export function wherePart(context: IntentContext, chance: number): { text: string; location: string } {
  if (!context.random.chance(chance)) return { text: "", location: "" };
  const location = context.cased(placeName(context.random, context.pools));
  return { text: ` ${context.random.pick(["at", "at", "in"])} ${location}`, location };
}

/** " with Sid and Anna" (the invitees, looked up by email) or nothing. */
function withPart(context: IntentContext, count: number): { segments: Segment[]; list?: ContactList } {
  if (count === 0) return { segments: [] };
  const list = contacts(context, "email", count, { typed: 0.08 });
  return {
    segments: [
      { text: " with ", protected: false },
      { text: list.text, protected: true },
    ],
    list,
  };
}

/** The notes and calendar arguments a request may add ("on my Work calendar", "note: bring slides"). */
function extraPart(context: IntentContext): { segments: Segment[]; notes: string; calendar: string | null } {
  const choice = context.random.weighted<string>([
    ["none", 14],
    ["calendar", 2],
    ["notes", 2],
  ]);
  if (choice === "calendar") {
    const calendar = context.cased(context.random.pick(CALENDAR_NAMES));
    const lead = context.random.pick([" on my ", " in my ", " in the ", " on the ", ", "]);
    return {
      segments: [
        { text: lead, protected: false },
        { text: calendar, protected: true },
        { text: " calendar", protected: false },
      ],
      notes: "",
      calendar,
    };
  }
  if (choice === "notes") {
    const notes = context.cased(noteContent(context.random, context.pools));
    const lead = context.random.pick([" and add a note: ", " with the note ", ", notes: ", " and note "]);
    return {
      segments: [
        { text: lead, protected: false },
        { text: notes, protected: true },
      ],
      notes,
      calendar: null,
    };
  }
  return { segments: [], notes: "", calendar: null };
}

/** A calendar event, with invitees looked up by email, a place, notes or a named calendar. */
export const calendarIntent: Intent = {
  name: "calendar",
  weight: 10,
  compose(context) {
    const invitees = context.random.weighted<number>([
      [0, 5],
      [1, 5],
      [2, 3],
      [3, 1],
    ]);
    const title = context.cased(eventTitle(context.random, context.pools));
    const inviteForm = invitees > 0 && context.random.chance(0.5);
    const people = inviteForm ? contacts(context, "email", invitees, { typed: 0.08 }) : undefined;
    const withPeople = inviteForm ? { segments: [] as Segment[] } : withPart(context, invitees);
    const where = wherePart(context, 0.3);
    const when = context.timed({ range: true, event: true });
    const extra = extraPart(context);
    const refs = people?.refs ?? withPeople.list?.refs ?? [];
    context.plan.call("create_calendar_event", [
      title,
      goldStart(when),
      goldEnd(when),
      where.location,
      refs,
      extra.notes,
      extra.calendar,
    ]);
    const slots = { title, when: when.text, where: where.text, extra: extra.segments };
    if (people) return context.expand(INVITE_TEMPLATES, { ...slots, who: people.text });
    return context.expand(TEMPLATES, { ...slots, with: withPeople.segments });
  },
};
