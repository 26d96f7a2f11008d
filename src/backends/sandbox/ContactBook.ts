import { ToolFailure } from "../../tools/index.js";
import { editDistance } from "./editDistance.js";
import { foldedWords, foldText } from "./foldText.js";
import type { Contact } from "./SandboxState.js";

/** Typos tolerated per word: none in very short words, one up to five letters, two beyond. */
function allowedEdits(word: string): number {
  const length = [...word].length;
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

/** "Lutfi Eren Erdoğan"; "Mom" for a contact without a last name. */
export function fullNameOf(contact: Contact): string {
  return [contact.firstName, contact.lastName].filter((part) => part !== "").join(" ");
}

/**
 * Contacts lookups for every tool that takes a person (spec §1.3 #2, #3 and the §1.2 list
 * helpers), without the reference's bugs. Matching ignores case and diacritics ("lutfi eren
 * erdogan", "ZOË MÜLLER", "Jose Ramirez" all work) and tries, in order: the full name; an email
 * address; whole words of the name ("Lutfi", "Erdogan", "Lutfi Erdogan"); spelling within a few
 * typos per word ("Lufti Erdgan").
 *
 * Design choice, so that a downstream `$N` never carries prose: a successful lookup returns the
 * bare value (the phone number or address exactly as stored), and how the name was matched
 * goes to `onNote` (the sandbox's activity log). Anything unsure is a ToolFailure instead of a
 * guess: no such contact, several contacts matching equally well ("Sid" is both Sid Sharma and
 * Sid Müller), or a contact without the requested phone or email. An SMS is therefore never
 * addressed to an explanation or to the wrong Sid.
 */
export class ContactBook {
  readonly #contacts: readonly Contact[];
  readonly #onNote: (message: string) => void;

  constructor(
    contacts: readonly Contact[],
    { onNote = () => {} }: { onNote?: (message: string) => void } = {},
  ) {
    this.#contacts = contacts;
    this.#onNote = onNote;
  }

  /** The one contact `name` refers to; throws ToolFailure when none or several match. */
  find(name: string): Contact {
    const query = name.trim();
    const folded = foldText(query);
    if (folded === "")
      throw new ToolFailure("No contact name was given.", { code: "sandbox/invalid-argument" });

    const exact = this.#contacts.filter((contact) => foldText(fullNameOf(contact)) === folded);
    if (exact.length > 0) return this.#one(query, exact, undefined);

    if (query.includes("@")) {
      const address = query.toLowerCase();
      const byEmail = this.#contacts.filter((contact) =>
        contact.emails.some((email) => email.value.toLowerCase() === address),
      );
      if (byEmail.length > 0) return this.#one(query, byEmail, "by email address");
      throw new ToolFailure(`No contact has the email address ${query}.`, {
        code: "sandbox/not-found",
        context: { name: query },
      });
    }

    const queryWords = folded.split(" ");
    const byWords = this.#contacts.filter((contact) => {
      const words = foldedWords(fullNameOf(contact));
      return queryWords.every((word) => words.includes(word));
    });
    if (byWords.length > 0) return this.#one(query, byWords, "by name");

    const scored = this.#contacts.flatMap((contact) => {
      const words = foldedWords(fullNameOf(contact));
      let total = 0;
      for (const word of queryWords) {
        const distance = Math.min(...words.map((candidate) => editDistance(word, candidate)));
        if (distance > allowedEdits(word)) return [];
        total += distance;
      }
      return [{ contact, total }];
    });
    if (scored.length > 0) {
      const lowest = Math.min(...scored.map((entry) => entry.total));
      const closest = scored.filter((entry) => entry.total === lowest).map((entry) => entry.contact);
      return this.#one(query, closest, "as the closest spelling");
    }

    throw new ToolFailure(`There is no contact named "${query}".`, {
      code: "sandbox/not-found",
      context: { name: query },
    });
  }

  /** The contact's first phone number, as stored. */
  phoneOf(name: string): string {
    const contact = this.find(name);
    const phone = contact.phones[0];
    if (!phone) {
      throw new ToolFailure(`${fullNameOf(contact)} has no phone number in Contacts.`, {
        code: "sandbox/no-phone",
        context: { name: fullNameOf(contact) },
      });
    }
    return phone.value;
  }

  /** The contact's first email address, as stored. */
  emailOf(name: string): string {
    const contact = this.find(name);
    const email = contact.emails[0];
    if (!email) {
      throw new ToolFailure(`${fullNameOf(contact)} has no email address in Contacts.`, {
        code: "sandbox/no-email",
        context: { name: fullNameOf(contact) },
      });
    }
    return email.value;
  }

  /**
   * Email-list parameters: entries with "@" are kept, others are names resolved through
   * Contacts (as the reference's `ensure_email_formatting`, but failing instead of inserting an
   * error string). Duplicates are dropped, ignoring case.
   */
  emailsFor(entries: readonly string[]): string[] {
    return unique(entries.map((entry) => (entry.includes("@") ? entry : this.emailOf(entry))));
  }

  /** Phone-list parameters: entries with a digit are kept as written, others are names. */
  phonesFor(entries: readonly string[]): string[] {
    return unique(entries.map((entry) => (/\d/.test(entry) ? entry : this.phoneOf(entry))));
  }

  #one(query: string, matches: readonly Contact[], how: string | undefined): Contact {
    if (matches.length > 1) {
      const names = matches.map(fullNameOf).join(", ");
      throw new ToolFailure(`Several contacts match "${query}": ${names}. Use the full name.`, {
        code: "sandbox/ambiguous",
        context: { name: query, candidates: matches.map(fullNameOf) },
      });
    }
    const contact = matches[0] as Contact;
    if (how !== undefined) this.#onNote(`Matched "${query}" to ${fullNameOf(contact)} ${how}.`);
    return contact;
  }
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
