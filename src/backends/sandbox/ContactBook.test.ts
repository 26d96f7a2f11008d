import { describe, expect, it } from "vitest";
import { ToolFailure } from "../../tools/index.js";
import { ContactBook, fullNameOf } from "./ContactBook.js";
import { createSeedState } from "./createSeedState.js";

function book() {
  const notes: string[] = [];
  return {
    contacts: new ContactBook(createSeedState().contacts, { onNote: (note) => notes.push(note) }),
    notes,
  };
}

function failure(run: () => unknown): ToolFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ToolFailure) return error;
    throw error;
  }
  throw new Error("expected a ToolFailure");
}

describe("ContactBook", () => {
  it("finds full names ignoring case and diacritics, without noting anything", () => {
    const { contacts, notes } = book();
    expect(fullNameOf(contacts.find("lutfi eren erdogan"))).toBe("Lutfi Eren Erdoğan");
    expect(fullNameOf(contacts.find("ZOË MÜLLER"))).toBe("Zoë Müller");
    expect(fullNameOf(contacts.find("Zoe Muller"))).toBe("Zoë Müller");
    expect(fullNameOf(contacts.find("Jose Ramirez"))).toBe("José Ramírez");
    expect(fullNameOf(contacts.find("soren nielsen"))).toBe("Søren Nielsen");
    expect(fullNameOf(contacts.find("  mom "))).toBe("Mom");
    expect(notes).toEqual([]);
  });

  it("finds by first name, last name or some of the words, and notes the match", () => {
    const { contacts, notes } = book();
    expect(fullNameOf(contacts.find("Lutfi"))).toBe("Lutfi Eren Erdoğan");
    expect(fullNameOf(contacts.find("Erdogan"))).toBe("Lutfi Eren Erdoğan");
    expect(fullNameOf(contacts.find("Lutfi Erdogan"))).toBe("Lutfi Eren Erdoğan");
    expect(fullNameOf(contacts.find("nguyen"))).toBe("Lan Nguyễn");
    expect(notes[0]).toBe('Matched "Lutfi" to Lutfi Eren Erdoğan by name.');
  });

  it("finds a contact by one of its email addresses", () => {
    expect(fullNameOf(book().contacts.find("Zoe@Mueller.example.org"))).toBe("Zoë Müller");
    expect(failure(() => book().contacts.find("zoe@elsewhere.example")).message).toBe(
      "No contact has the email address zoe@elsewhere.example.",
    );
  });

  it("refuses to guess between two people with the same first or last name", () => {
    const { contacts } = book();
    const lan = failure(() => contacts.find("Lan"));
    expect(lan.code).toBe("sandbox/ambiguous");
    expect(lan.message).toBe('Several contacts match "Lan": Lan Müller, Lan Nguyễn. Use the full name.');
    expect(lan.context.candidates).toEqual(["Lan Müller", "Lan Nguyễn"]);
    expect(failure(() => contacts.find("muller")).message).toContain("Lan Müller, Zoë Müller");
    expect(fullNameOf(contacts.find("Lan Muller"))).toBe("Lan Müller");
    expect(fullNameOf(contacts.find("sid"))).toBe("Sid Sharma");
  });

  it("falls back to the closest spelling, and notes it", () => {
    const { contacts, notes } = book();
    expect(fullNameOf(contacts.find("Lufti Erdgan"))).toBe("Lutfi Eren Erdoğan");
    expect(fullNameOf(contacts.find("Chloe Dubios"))).toBe("Chloé Dubois");
    expect(notes).toEqual([
      'Matched "Lufti Erdgan" to Lutfi Eren Erdoğan as the closest spelling.',
      'Matched "Chloe Dubios" to Chloé Dubois as the closest spelling.',
    ]);
    // One typo away from both Lans is still ambiguous.
    expect(failure(() => contacts.find("Lam")).code).toBe("sandbox/ambiguous");
  });

  it("fails clearly for unknown names and empty input", () => {
    const { contacts } = book();
    const missing = failure(() => contacts.find("Gandalf the Grey"));
    expect(missing.code).toBe("sandbox/not-found");
    expect(missing.message).toBe('There is no contact named "Gandalf the Grey".');
    expect(failure(() => contacts.find("  ")).code).toBe("sandbox/invalid-argument");
  });

  it("returns the first phone or email exactly as stored", () => {
    const { contacts } = book();
    expect(contacts.phoneOf("Sid Sharma")).toBe("+14155550101");
    expect(contacts.emailOf("Sid Sharma")).toBe("sid.sharma@example.com");
    expect(contacts.phoneOf("José Ramírez")).toBe("+34612340003");
  });

  it("fails for a contact without a phone or without an email", () => {
    const { contacts } = book();
    expect(failure(() => contacts.phoneOf("Olivia Brown")).message).toBe(
      "Olivia Brown has no phone number in Contacts.",
    );
    expect(failure(() => contacts.emailOf("Priya Patel")).message).toBe(
      "Priya Patel has no email address in Contacts.",
    );
  });

  it("resolves names in email and phone lists, keeps addresses and numbers, drops duplicates", () => {
    const { contacts } = book();
    expect(
      contacts.emailsFor(["Zoë Müller", "someone@example.com", "zoe.mueller@example.net", "Jose Ramirez"]),
    ).toEqual(["zoe.mueller@example.net", "someone@example.com", "jose.ramirez@example.com"]);
    expect(contacts.phonesFor(["Lutfi", "(555) 123-4567", "+14155550142"])).toEqual([
      "+14155550142",
      "(555) 123-4567",
    ]);
    expect(() => contacts.emailsFor(["Lan"])).toThrow(ToolFailure);
    expect(() => contacts.phonesFor(["Olivia Brown"])).toThrow("no phone number");
  });
});
