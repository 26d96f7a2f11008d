import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import { openFiles } from "./attachFileIntent.js";
import { contacts, groupSize } from "./contacts.js";
import { ccPart } from "./emailIntent.js";

const TEMPLATES: TemplateSet = {
  train: [
    "{open}forward [this|this email|the email|that mail|this message|it] to {to}{cc}{file}{close}",
    "{open}[send|pass] [this|this email|the email] [on |along |over ]to {to}{cc}{file}{close}",
    "fwd [this |]to {to}{cc}{file}",
    "{open}forward [this|the selected email] [on |]to {to}{file}{cc}{close}",
    "[can|could|would] you forward [this|this email|this message|it] to {to}{cc}{file}[?| for me?|]",
    "[I want to|I need to|I'd like to|I have to] forward [this email|this|this message] to {to}{cc}{file}",
    "{open}forward this [email |message |]so {to} can [read it|have a copy|take a look]{cc}{file}{close}",
    "{open}share this [email|message] with {to}{cc}{file}{close}",
    "fw[:|] {to}{cc}{file}",
    "{open}send {to} a copy of this [email|message|thread]{cc}{file}{close}",
    "{open}forward the [email|message|mail] I [just got|just received|have open|'m reading] to {to}{cc}{file}{close}",
    "in Mail[,|] forward [this|this one|this message] to {to}{cc}{file}{close}",
    "{open}forward this [message|correspondence] to {to} [for their attention|for their review|for review]{cc}{file}{close}",
    "I [promised|told] {to} I'd forward [them |]this [email|message]{cc}{file}[, do that please|, can you do it?|]",
    "{open}[forward|send] this [email |]to {to} [as well|too]{cc}{file}{close}",
    "{open}relay this [email|message] to {to}{cc}{file}{close}",
    "{open}[forward|fwd] {to} this [email|message|one]{cc}{file}{close}",
    "[can|could] this [email |]be forwarded to {to}{cc}{file}[?|]",
    "{open}[forward|fwd] this [thing |one |]to {to}{cc}{file} [pls|plz|real fast]",
    "forward to {to}{cc}{file}, [the email I have open|this one|the one I'm reading]",
  ],
  test: [
    "{open}bounce this email over to {to}{cc}{file}{close}",
    "{to} should see this email, forward it{cc}{file}",
  ],
};

/** The selected email forwarded to people, with cc and attachments; forward_email's context is unused. */
export const forwardIntent: Intent = {
  name: "forward",
  weight: 4,
  compose(context) {
    const to = contacts(context, "email", groupSize(context, 3), { typed: 0.15 });
    const cc = ccPart(context, 0.25);
    const files = context.random.chance(0.25) ? openFiles(context, 1) : undefined;
    context.plan.call("forward_email", [to.refs, cc.list?.refs ?? [], "", files?.refs ?? []]);
    const file = files
      ? [
          {
            text: context.random.pick([" and attach ", " with ", " along with ", ", attach "]),
            protected: false,
          },
          { text: files.text, protected: true },
        ]
      : [];
    return context.expand(TEMPLATES, { to: to.text, cc: cc.segments, file });
  },
};
