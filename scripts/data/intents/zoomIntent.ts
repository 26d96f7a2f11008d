import { DEFAULT_MEETING_MINUTES, goldEnd, goldStart } from "../DatePhrase.js";
import type { Intent } from "../Intent.js";
import type { IntentContext, TemplateSet } from "../IntentContext.js";
import { eventTitle } from "../pools/textPieces.js";
import { contacts, groupSize } from "./contacts.js";

const TO_CALENDAR: TemplateSet = {
  train: [
    "{open}[create|set up|schedule|make|book] a zoom [meeting|call] [for|about|called] {title}{with} {when}{close}",
    "{open}[schedule|set up] {title}{with} {when} [on zoom|over zoom|as a zoom call|with a zoom link]{close}",
    "{open}[put|add] a zoom [call|meeting] [for|about] {title}{with} on my calendar {when}{close}",
    "zoom {title}{with} {when}",
    "{open}[create|make] a zoom meeting [for|with] {title}{with} {when} and [add it to|put it on|save it in] my calendar{close}",
  ],
  test: [
    "{open}I need a zoom for {title}{with} {when}, [put it on my calendar|calendar it]",
    "{open}spin up a zoom [for|about] {title}{with} {when}{close}",
  ],
};

const TO_EMAIL: TemplateSet = {
  train: [
    "{open}[send|email|mail] {who} a {length}zoom link for {title} {when}{close}",
    "{open}[create|set up|make] a {length}zoom [meeting|call] [for|about] {title} with {who} {when} and email [them|everyone|it to them] the link{close}",
    "{open}email {who} [a|an invite with a] {length}zoom link [for|to] {title} {when}{close}",
    "{open}[set up|create] a {length}zoom with {who} {when} [about|for] {title} and [send|mail] them the link{close}",
  ],
  test: [
    "{open}[get|shoot] {who} a {length}zoom [link|invite] for {title} {when} by email{close}",
    "{open}{length}zoom with {who} {when} re {title}, email the link{close}",
  ],
};

const TO_BOTH: TemplateSet = {
  train: [
    "{open}[set up|create|schedule] a zoom [meeting|call] [for|about] {title} with {who} {when}, [add it to|put it on] my calendar and email [them|everyone] the link{close}",
    "{open}[schedule|book] {title} with {who} {when} on zoom, [put it on my calendar|add a calendar event] and [send|email] [them|everyone] the link{close}",
  ],
  test: ["{open}zoom call with {who} {when} for {title}: calendar event plus an email with the link{close}"],
};

const TO_REPLY: TemplateSet = {
  train: [
    "{open}reply with a {length}zoom link [for|to] {title} {when}{close}",
    "{open}[respond|reply] to this email with a {length}zoom [meeting|link|invite] [for|about] {title} {when}{close}",
    "{open}answer this mail with a {length}zoom link for {title} {when}{close}",
  ],
  test: ["{open}write back with a {length}zoom invite for {title} {when}{close}"],
};

/** "a 30 minute " or "a 45-min " (a duration the model copies), or "" for the default hour. */
function lengthPart(context: IntentContext): { text: string; minutes: number } {
  if (!context.random.chance(0.4)) return { text: "", minutes: DEFAULT_MEETING_MINUTES };
  const minutes = context.random.pick([15, 20, 30, 30, 45, 45, 90, 120]);
  return { text: `${minutes}${context.random.pick([" minute ", "-minute ", " min ", "-min "])}`, minutes };
}

/**
 * A Zoom meeting whose link goes somewhere, as the tool description demands: into a calendar event's
 * location (as in the reference's own example), into an email's context, into both, or into a reply.
 * A calendar event lasts the default hour (its end must be printed in the prompt), so only the email
 * and reply forms name other durations.
 */
export const zoomIntent: Intent = {
  name: "zoom",
  weight: 7,
  compose(context) {
    const target = context.random.weighted<string>([
      ["calendar", 5],
      ["email", 4],
      ["both", 1.5],
      ["reply", 1.5],
    ]);
    const title = context.cased(eventTitle(context.random, context.pools));
    const count =
      target === "calendar"
        ? context.random.weighted<number>([
            [0, 3],
            [1, 4],
            [2, 2],
            [3, 1],
          ])
        : target === "reply"
          ? 0
          : groupSize(context, 3);
    const people = count > 0 ? contacts(context, "email", count, { typed: 0.08 }) : undefined;
    const length =
      target === "email" || target === "reply"
        ? lengthPart(context)
        : { text: "", minutes: DEFAULT_MEETING_MINUTES };
    const when = context.timed({ event: target === "calendar" || target === "both" });
    const start = goldStart(when);
    const link = context.plan.call("get_zoom_meeting_link", [
      title,
      start,
      length.minutes,
      people?.refs ?? [],
    ]);
    if (target === "calendar" || target === "both") {
      context.plan.call("create_calendar_event", [title, start, goldEnd(when), link, [], "", null]);
    }
    if (target === "email" || target === "both")
      context.plan.call("compose_new_email", [people?.refs ?? [], [], title, link, []]);
    if (target === "reply") context.plan.call("reply_to_email", [[], link, []]);
    const slots = { title, when: when.text };
    if (target === "calendar") {
      const withText = people
        ? [
            { text: " with ", protected: false },
            { text: people.text, protected: true },
          ]
        : [];
      return context.expand(TO_CALENDAR, { ...slots, with: withText });
    }
    if (target === "reply") return context.expand(TO_REPLY, { ...slots, length: length.text });
    if (target === "both") return context.expand(TO_BOTH, { ...slots, who: people?.text ?? "" });
    return context.expand(TO_EMAIL, { ...slots, who: people?.text ?? "", length: length.text });
  },
};
