import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import type { StepRef } from "../PlanBuilder.js";
import { placeName } from "../pools/placeName.js";
import { smsMessage } from "../pools/textPieces.js";
import type { Segment } from "../template.js";
import { openFiles } from "./attachFileIntent.js";
import { contacts } from "./contacts.js";

const TEMPLATES: TemplateSet = {
  train: [
    "{open}reply [to this email|to the email|to this|to that mail|] [saying|and say|to say|with|:] {msg}{extra}{close}",
    "{open}[respond|answer|write back] [to this email|to this|] [with|saying] {msg}{extra}{close}",
    "{open}reply{extra} and tell them {msg}{close}",
    "reply: {msg}{extra}",
    "{open}send a reply [saying|that says] {msg}{extra}{close}",
    "[can|could|would] you reply [to this email |to this |]and [say|tell them] {msg}{extra}[?|]",
    "[I want to|I need to|I'd like to|I have to] reply [to this email|to this one|to that email] [saying|with the message|and say] {msg}{extra}",
    "{open}reply [to the sender|to them|to whoever sent this] [saying|and say|with] {msg}{extra}{close}",
    "{open}[reply to|answer] this [one|thread|message]: {msg}{extra}{close}",
    "{open}tell the sender {msg} [in a reply|by replying]{extra}{close}",
    "{open}send [them|the sender] a [quick |short |]reply[:| saying| that says] {msg}{extra}{close}",
    "[my|the] answer to this [email|mail] is {msg}[, reply| so reply| — send it as a reply]{extra}",
    "reply {msg}{extra}",
    "[can|could] you [write|send] a reply [that says|telling them] {msg}{extra}[?|]",
    "[I just got|got] this [email|mail][,|] [reply|answer it] [saying|with] {msg}{extra}",
    "in [Mail|Apple Mail][,|] reply [saying|with] {msg}{extra}{close}",
    "{open}[compose|prepare|draft] a reply [reading|with the message|with the text] {msg}{extra}{close}",
    "{open}just reply [w/|with|saying] {msg}{extra}{close}",
    "{open}reply [to em|back] [saying|w/] {msg}{extra}{close}",
    "{open}reply and [mention|say|write] {msg}{extra}{close}",
    "{open}[write|type] [a reply|an answer|a response] [saying|:] {msg}{extra}{close}",
    "ok reply to [this|that] one [—|,] {msg}{extra}",
    "{open}[answer|respond to] [this|the] email [with|saying] {msg}{extra}{close}",
  ],
  test: [
    "{open}hit reply and say {msg}{extra}{close}",
    "{open}respond to the selected mail with {msg}{extra}{close}",
  ],
};

const WITH_LOCATION: TemplateSet = {
  train: [
    "{open}reply with the location of {place}{close}",
    "{open}[answer|reply to] this email with [a map of|the address of|directions to] {place}{close}",
    "{open}reply [and include|with] [a map link|a Maps link|a link] [for|to] {place}{close}",
    "[can|could] you reply [to this |]with [the location|the address|a map] of {place}[?|]",
    "{open}[send|write] a reply [containing|with] the [location|map location|address] of {place}{close}",
    "{open}look up {place} [in|on|with] Maps and [reply|answer] with [the location|the link|a map link]{close}",
    "[they want|the sender wants|this email asks for] the location of {place}[,| —] reply with [a map|the Maps link|it]",
    "reply: location of {place}",
    "I [want|need] to reply with a map of {place}",
    "{open}reply [telling them|saying] where {place} is{close}",
  ],
  test: ["{open}write back with where {place} is{close}"],
};

/**
 * A reply to the selected email: the body is the mail agent's job (context stays ""), with cc people
 * looked up, files attached, or a place's map link passed as context.
 */
export const replyIntent: Intent = {
  name: "reply",
  weight: 5,
  compose(context) {
    if (context.random.chance(0.15)) {
      const place = context.cased(placeName(context.random, context.pools));
      const location = context.plan.call("maps_open_location", [place]);
      context.plan.call("reply_to_email", [[], location, []]);
      return context.expand(WITH_LOCATION, { place });
    }
    const extras: Segment[] = [];
    const kind = context.random.weighted<string>([
      ["none", 4],
      ["cc", 2],
      ["file", 2],
      ["both", 1],
    ]);
    let cc: readonly (StepRef | string)[] = [];
    let attachments: StepRef[] = [];
    if (kind === "cc" || kind === "both") {
      const people = contacts(context, "email", context.random.chance(0.8) ? 1 : 2, { typed: 0.1 });
      cc = people.refs;
      extras.push(
        { text: context.random.pick([" and cc ", ", cc ", " cc'ing ", " and copy "]), protected: false },
        { text: people.text, protected: true },
      );
    }
    if (kind === "file" || kind === "both") {
      const files = openFiles(context, context.random.chance(0.85) ? 1 : 2);
      attachments = files.refs;
      extras.push(
        {
          text: context.random.pick([" and attach ", " with ", ", attach ", " and include "]),
          protected: false,
        },
        { text: files.text, protected: true },
      );
    }
    const msg = context.cased(smsMessage(context.random, context.pools));
    context.plan.call("reply_to_email", [cc, "", attachments]);
    return context.expand(TEMPLATES, { msg, extra: extras });
  },
};
