import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import { fileName } from "../pools/fileName.js";
import { personName } from "../pools/personName.js";

const PHONE: TemplateSet = {
  train: [
    "{open}[what's|what is|find|look up|get me|give me|tell me] {who}'s [phone number|number|cell|mobile number|phone]{close}",
    "{open}[find|get|look up] the [phone number|number|cell number] [of|for] {who}{close}",
    "[number|phone number] for {who}",
    "{open}how do I [call|reach] {who}{close}",
  ],
  test: ["{open}dig up {who}'s digits{close}", "{who} — phone number?"],
};

const EMAIL: TemplateSet = {
  train: [
    "{open}[what's|what is|find|look up|get me|give me] {who}'s [email|email address|e-mail|mail address]{close}",
    "{open}[find|get|look up] the email [address |][of|for] {who}{close}",
    "email address for {who}",
  ],
  test: ["{open}dig up {who}'s email{close}", "{who} — email?"],
};

const BOTH: TemplateSet = {
  train: [
    "{open}[get|find|look up] {who}'s [phone number|number] and email[ address|]{close}",
    "{open}[what are|give me] {who}'s contact details{close}",
  ],
  test: ["{open}I need both the number and the email of {who}{close}"],
};

const FILE: TemplateSet = {
  train: [
    "{open}[open|find|pull up|show me|locate|bring up] [the file |my |the |]{file}{close}",
    "{open}where is [the file |my |]{file}{close}",
    "open {file}",
  ],
  test: ["{open}dig out {file}{close}", "{file} — open it{close}"],
};

/** A contact's phone number or email (or both), or a file opened and located. */
export const lookupIntent: Intent = {
  name: "lookup",
  weight: 4,
  compose(context) {
    const kind = context.random.weighted<string>([
      ["phone", 3],
      ["email", 3],
      ["both", 1],
      ["file", 3],
    ]);
    if (kind === "file") {
      const file = context.cased(fileName(context.random, context.pools).name);
      context.plan.call("open_and_get_file_path", [file]);
      return context.expand(FILE, { file });
    }
    const who = context.cased(personName(context.random, context.pools));
    if (kind !== "email") context.plan.call("get_phone_number", [who]);
    if (kind !== "phone") context.plan.call("get_email_address", [who]);
    return context.expand(kind === "phone" ? PHONE : kind === "email" ? EMAIL : BOTH, { who });
  },
};
