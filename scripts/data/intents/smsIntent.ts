import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import { smsMessage } from "../pools/textPieces.js";
import { contacts, groupSize } from "./contacts.js";

const TEMPLATES: TemplateSet = {
  train: [
    "{open}[text|message|sms|txt|send a text to|send a message to|shoot a text to|ping|send an sms to] {who}[:| that| saying| and say|, say| to say] {msg}{close}",
    "{open}[let|tell] {who} know [by text|via text|over sms|in a message|by sms] that {msg}{close}",
    "{open}send {who} a [text|message|sms|quick text|imessage] [saying|that says|:|with] {msg}{close}",
    '{open}send "{msg}" to {who} [by text|as a text|via sms|in a message]{close}',
    "[text|msg|sms] {who}: {msg}",
    "{open}[message|text] {who} [and tell them|and let them know|to tell them] {msg}{close}",
    "{open}[write|compose|draft] a text to {who}[:| saying| that says] {msg}{close}",
    "{who} needs a text[:| saying] {msg}",
  ],
  test: [
    "{open}drop {who} a [line|text] that says {msg}{close}",
    "{msg} — [text|send] that to {who}",
    "{open}fire off a text to {who}[:| saying] {msg}{close}",
    "{open}get a message to {who} [saying|that] {msg}{close}",
  ],
};

/** One SMS draft to one or more people (one message to many, never one per person). */
export const smsIntent: Intent = {
  name: "sms",
  weight: 9,
  compose(context) {
    const who = contacts(context, "phone", groupSize(context), { typed: 0.12 });
    const message = context.cased(smsMessage(context.random, context.pools));
    context.plan.call("send_sms", [who.refs, message]);
    return context.expand(TEMPLATES, { who: who.text, msg: message });
  },
};
