import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import { smsMessage } from "../pools/textPieces.js";
import { contacts, groupSize } from "./contacts.js";

const TEMPLATES: TemplateSet = {
  train: [
    "{open}[text|message|sms|txt|send a text to|send a message to|shoot a text to|ping|send an sms to] {who}[:| that| saying| and say|, say| to say] {msg}{close}",
    "{open}[let {who} know|tell {who}] [by text|via text|over sms|in a message|by sms] that {msg}{close}",
    "{open}send {who} a [text|message|sms|quick text|imessage] [saying|that says|:|with] {msg}{close}",
    '{open}send "{msg}" to {who} [by text|as a text|via sms|in a message]{close}',
    "[text|msg|sms] {who}: {msg}",
    "{open}[message|text] {who} [and tell them|and let them know|to tell them] {msg}{close}",
    "{open}[write|compose|draft] a text to {who}[:| saying| that says] {msg}{close}",
    "{who} needs a text[:| saying] {msg}",
    "[can|could|would] you [text|message|send a text to|send an imessage to] {who} [for me|] [and say|saying|to say|:] {msg}",
    "[I need to|I have to|I want to|I'd like to|I gotta|I should] [text|message|send a text to|send an sms to|send an imessage to] {who}[:|, saying| and say| that] {msg}",
    "{open}make sure [a text|an sms|a message|an imessage] [goes|gets sent] to {who} [saying|that reads|:] {msg}{close}",
    "{who} [asked me for an update|wanted an update|reached out to me], [text|message|sms] them[:| that| saying] {msg}",
    "[sms|txt|imessage|msg] {who} {msg}",
    "to {who}[:| -] {msg} [(text)|(sms)|via imessage|by text]",
    "{open}[open Messages and|in Messages,|use Messages to|go into Messages and] [text|message|write to] {who}[:| saying| that] {msg}{close}",
    "new [message|text|imessage] to {who}[:|,] {msg}{close}",
    "{open}[compose|prepare] [an SMS|an sms|a text message|an iMessage] [to|for|addressed to] {who} [reading|which reads|with the words|with the text] {msg}{close}",
    "{open}hit up {who} [by text|on imessage|with a text|in Messages][:| and say| saying] {msg}{close}",
    "{open}[tell|say to] {who} {msg} [in a text|over text|in Messages|on imessage|by sms]{close}",
    "[message|text|sms] for {who}: {msg}",
    "[would you mind|do you mind] [texting|messaging|sending a text to|sending an sms to] {who}[:|,| that| saying] {msg}",
    "{who} should [hear from me by text|receive a text from me|be texted][:|, saying| that] {msg}",
    "{open}let {who} know {msg} [with a text|through Messages|via imessage|by sms|in a quick text]{close}",
    "{open}[text|message|sms] {who}[,| and] the message [is|should be|should say|reads] {msg}{close}",
    "{open}[reach out to|contact|get in touch with] {who} [by text|over sms|in Messages|via imessage] [and say|to say|saying|:] {msg}{close}",
    "{open}[send|write] {who} [this|the following] [text|message|sms|imessage][:| -] {msg}{close}",
    "{open}[text|message] {who} back[:| saying| and say] {msg}{close}",
    "{open}[send|write] a [short|brief|quick|] [text|message] to {who} [letting them know|telling them|to tell them] {msg}{close}",
    "{open}shoot {who} a [text|message] [saying|that says] {msg}{close}",
    "{open}[send|pass] [a message|word] to {who}[:| that] {msg}{close}",
    "[I have to|I gotta|I should] [text|message] {who} [that|saying] {msg}",
    '"{msg}"[ —|,| -] [text|message] [it|this] to {who}',
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
