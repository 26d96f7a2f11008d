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
    "[can|could|would] you [make|set up|create] a zoom [meeting|call] for {title}{with} {when} and [save|put] it [in|on] my calendar",
    "I'm hosting {title}{with} on zoom {when}, [create|make|set up] the [meeting|zoom] and [a calendar event|an event on my calendar]",
    "{open}[host|run] {title}{with} on zoom {when} and [log|save|put] it [in|on] my calendar{close}",
    "{open}[add|create] a calendar event for {title}{with} {when} with a zoom link [as the location|in it|attached]{close}",
    "zoom [mtg|meeting|call][:|,] {title}{with}, {when}",
    "{open}[generate|create|make] a zoom link for {title}{with} {when} and [put|add] it [in|to] [a calendar event|my calendar]{close}",
    "{open}[book|schedule] a video call [on zoom|via zoom|over zoom] [for|about] {title}{with} {when} [on my calendar|and add it to the calendar]{close}",
    "in [Calendar|my calendar], [add|create] {title}{with} {when} as a zoom [meeting|call]{close}",
    "could you [arrange|set up|organize] {title}{with} as a zoom [meeting|call] {when} [on my calendar|and add the event]",
    "{open}make {title}{with} a zoom [meeting|call] {when} [on my calendar|with a calendar event]{close}",
    "{open}[set|line] up a zoom [for|about] {title}{with} {when} [on my calendar|with a calendar entry]{close}",
    "[I want to|I'd like to|I have to] [schedule|set up] {title}{with} {when} as a zoom [meeting|call] on my calendar",
    "{title}{with} {when} [over|on|via] zoom[ -|:|,] [make the link and calendar event|create the zoom and put it on my calendar]",
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
    "{open}[email|mail] a {length}zoom [link|invite] [for|about] {title} {when} to {who}{close}",
    "{open}[make|create|generate] a {length}zoom [link|meeting] for {title} {when} and [email|mail] it to {who}{close}",
    "can you email {who} [the|a] {length}zoom link [for|to] {title} {when}",
    "[I need to|I want to|I'd like to|I have to] [email|mail] {who} a {length}zoom [link|invitation] for {title} {when}",
    "{open}invite {who} to a {length}zoom [call|meeting] [for|about] {title} {when} [via|through] email{close}",
    "{who} [asked for|requested] a {length}zoom link for {title} {when}[ —|,] [email|mail] it to them",
    "{open}[set up|schedule|arrange] a {length}zoom [session|call|meeting] with {who} [on|for] {title} {when}, then [email|mail] [them|everyone] the [link|invite]{close}",
    "{open}[compose|write|draft] an email to {who} with a {length}zoom link [for|to] {title} {when}{close}",
    "{open}[put|include] a {length}zoom link [for|to] {title} {when} in an email to {who}{close}",
    "in Mail, [send|write] {who} a {length}zoom link for {title} {when}{close}",
    "email {who}: {length}zoom [link|invite] for {title} {when}",
    "would you [email|mail] {who} an invite with a {length}zoom link for {title} {when}",
    "{open}[organize|book] a {length}zoom [for|about] {title} {when} with {who} and [email|mail] them the details{close}",
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
    "{open}[email|mail] {who} a zoom link for {title} {when} and [also |]put [the meeting|it] on my calendar{close}",
    "{open}[put|add] a zoom [call|meeting] for {title} {when} on my calendar and [email|mail] the link to {who}{close}",
    "can you [schedule|set up] a zoom for {title} with {who} {when}, [email everyone the link|mail them the link] and [put|add] it [in|on] my calendar",
    "{open}invite {who} to a zoom [call|meeting] for {title} {when}, [email them the link|mail them the invite] and [add|save] it [to|in] my calendar too{close}",
    "[I want to|I need to|I'd like to] [host|run] {title} on zoom with {who} {when}; [email|mail] them the link and [put|save] it on my calendar",
    "{open}[host|run] {title} over zoom with {who} {when} — [add|save] it [to|in] my calendar and [email|mail] [them|everyone] the link{close}",
  ],
  test: ["{open}zoom call with {who} {when} for {title}: calendar event plus an email with the link{close}"],
};

const TO_REPLY: TemplateSet = {
  train: [
    "{open}reply with a {length}zoom link [for|to] {title} {when}{close}",
    "{open}[respond|reply] to this email with a {length}zoom [meeting|link|invite] [for|about] {title} {when}{close}",
    "{open}answer this mail with a {length}zoom link for {title} {when}{close}",
    "{open}[respond|reply] [to this|to them|to the sender] [and include|with] a {length}zoom link [for|to] {title} {when}{close}",
    "{open}[answer|respond to] [this email|this message|the sender] [and include|including] a {length}zoom [meeting|link] for {title} {when}{close}",
    "can you reply with a {length}zoom link for {title} {when}",
    "{open}[make|create] a {length}zoom [link|meeting] for {title} {when} and [reply|respond] with it{close}",
    "[I want to|I need to|I'd like to] reply [to this email|to this mail|] with a {length}zoom link for {title} {when}",
    "{open}[send|put] a {length}zoom link for {title} {when} in [my|a] reply[ to this email|]{close}",
    "[reply|respond] w/ a {length}zoom link [for|re] {title} {when}",
    "{open}hit reply and [paste|add|include] a {length}zoom link for {title} {when}{close}",
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
