import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import { fileName } from "../pools/fileName.js";
import { personName } from "../pools/personName.js";

const PHONE: TemplateSet = {
  train: [
    "{open}[what's|what is|find|look up|get me|give me|tell me] {who}'s [phone number|number|cell|mobile number|phone]{close}",
    "{open}[find|get|look up] the [phone number|number|cell number] [of|for] {who}{close}",
    "[number|phone number] for {who}",
    "how do I [call|reach] {who}{close}",
    "[can|could|would] you [find|look up|get] {who}'s [phone number|number|cell number|mobile][?| for me?|]",
    "[I want|I'm looking for|I'd like] {who}'s [phone number|number|cell]",
    "{open}[search|check] [my |]contacts for {who}'s [phone number|number]{close}",
    "{open}[pull up|bring up|show me] {who}'s [phone number|number|contact number]{close}",
    "do I have [{who}'s number|{who}'s phone number|a number for {who}|a phone number for {who}][?|]",
    "what [number|phone number] [do I have|is saved] for {who}[?|]",
    "what number do I use to reach {who}[?|]",
    "{open}[find|look up|get] {who}'s [number|phone number] [in|from] [Contacts|my contacts|my address book]{close}",
    "{open}[tell me|give me|read me] the [phone|cell|mobile] number [I have |saved |]for {who}{close}",
    "I [forgot|lost|can't find] {who}'s [number|phone number][,|] [can you find it|look it up|what is it][?|]",
    "{open}[fetch|grab] {who}'s [contact number|phone #|number]{close}",
    "{open}[provide|retrieve|locate] the telephone number [of|for] {who}{close}",
    "{open}[find|get] me {who}'s [cell|mobile|phone][ number|]{close}",
    "{who}'s number[?| please]",
  ],
  test: ["{open}dig up {who}'s digits{close}", "{who} — phone number?"],
};

const EMAIL: TemplateSet = {
  train: [
    "{open}[what's|what is|find|look up|get me|give me] {who}'s [email|email address|e-mail|mail address]{close}",
    "{open}[find|get|look up] the email [address |][of|for] {who}{close}",
    "email address for {who}",
    "[can|could|would] you [find|look up|get] {who}'s [email|email address|e-mail][?| for me?|]",
    "[I want|I'm looking for|I'd like] {who}'s [email address|email|e-mail]",
    "{open}[search|check] [my |]contacts for {who}'s [email|email address]{close}",
    "{open}[pull up|bring up|show me] {who}'s [email address|email|e-mail address]{close}",
    "do I have [an email|an email address|an e-mail] for {who}[?|]",
    "what [email|address|email address] [do I have|is saved] for {who}[?|]",
    "{open}[find|look up|get] {who}'s [email|email address] [in|from] [Contacts|my contacts|my address book]{close}",
    "{open}[tell me|give me|read me] the [email|e-mail] address [I have |saved |]for {who}{close}",
    "I [forgot|lost|can't find] {who}'s [email|email address][,|] [can you find it|look it up|what is it][?|]",
    "{open}[fetch|grab] {who}'s [email|email addy|contact email]{close}",
    "{open}[provide|retrieve|locate] the e-mail address [of|for] {who}{close}",
    "which [email|address] [should I use|do I use] for {who}[?|]",
  ],
  test: ["{open}dig up {who}'s email{close}", "{who} — email?"],
};

const BOTH: TemplateSet = {
  train: [
    "{open}[get|find|look up] {who}'s [phone number|number] and email[ address|]{close}",
    "{open}[what are|give me] {who}'s contact details{close}",
    "{open}[find|look up|get me] {who}'s email [address |]and [phone number|number]{close}",
    "[can|could] you [find|get|look up] {who}'s [number|phone number] and email[?| for me?|]",
    "{open}[show me|pull up|give me] {who}'s contact [info|information]{close}",
    "what [number and email|phone and email] do I have for {who}[?|]",
    "{open}tell me how to reach {who}[:| —] [number|phone] and email{close}",
    "[I want|I'd like] {who}'s [phone number|number] and [email|email address]",
    "{open}[get|fetch] [me |]the email [address |]and [phone |]number for {who}{close}",
    "[phone|number] [and|&] email for {who}",
    "{open}look up {who} in [Contacts|my contacts] and [give|tell] me [their|the] number and email{close}",
  ],
  test: ["{open}I need both the number and the email of {who}{close}"],
};

const FILE: TemplateSet = {
  train: [
    "{open}[open|find|pull up|show me|locate|bring up] [the file |my |the |]{file}{close}",
    "where is [the file |my |]{file}{close}",
    "open {file}",
    "[can|could|would] you [open|find|locate] [the file |my |]{file}[?| for me?|]",
    "[I want|I'd like|I need] to [open|see|look at] {file}",
    "{open}[search|look] for {file}{close}",
    "where did I [put|save] {file}[?|]",
    "{open}[find|locate] {file} in Finder{close}",
    "{open}[get|give] me the [path|location|file path] [of|to|for] {file}{close}",
    "{open}[open up|launch|load] {file}{close}",
    "I'm looking for [the file |a file called |my ]{file}[, where is it?|, can you find it?|]",
    "{open}[bring|put] {file} up on [the |my |]screen{close}",
    "find file {file}",
    "{open}[find|locate|open] the [document|doc|file] [called|named] {file}{close}",
    "{open}[open|pull up] {file} [from|on] my Mac{close}",
    "I can't find {file}[, help| anywhere|, where is it?]",
    "{open}retrieve the [document|file] {file}{close}",
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
