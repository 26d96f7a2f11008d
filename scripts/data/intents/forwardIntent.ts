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
