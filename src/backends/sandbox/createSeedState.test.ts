import { describe, expect, it } from "vitest";
import { fullNameOf } from "./ContactBook.js";
import { createSeedState } from "./createSeedState.js";
import { SandboxStateSchema } from "./SandboxState.js";
import { zoomJoinUrl } from "./zoomJoinUrl.js";

describe("createSeedState", () => {
  const seed = createSeedState();

  it("is valid and JSON round-trips unchanged", () => {
    expect(SandboxStateSchema.parse(seed)).toEqual(seed);
    expect(JSON.parse(JSON.stringify(seed))).toEqual(seed);
  });

  it("returns a fresh object every time", () => {
    const other = createSeedState();
    other.contacts.pop();
    expect(createSeedState().contacts).toHaveLength(seed.contacts.length);
  });

  it("has the contacts the lookups and README examples rely on", () => {
    const names = seed.contacts.map(fullNameOf);
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const name of [
      "Lutfi Eren Erdoğan",
      "Zoë Müller",
      "José Ramírez",
      "Sid Sharma",
      "Lan Müller",
      "Mom",
    ]) {
      expect(names).toContain(name);
    }
    expect(seed.contacts.some((contact) => contact.phones.length === 0)).toBe(true);
    expect(seed.contacts.some((contact) => contact.emails.length === 0)).toBe(true);
    expect(seed.contacts.some((contact) => contact.phones.length > 1 && contact.emails.length > 1)).toBe(
      true,
    );
    for (const contact of seed.contacts) {
      for (const phone of contact.phones) expect(phone.value).toMatch(/^\+\d{8,15}$/);
    }
  });

  it("has the calendars, folders, lists, files and a selected message", () => {
    expect(seed.calendar.calendars).toEqual(["Home", "Work", "Family"]);
    expect(seed.notes.folders).toEqual(["Notes", "Work", "Recipes"]);
    expect(seed.reminders.lists).toEqual(["Reminders", "Groceries", "Work"]);
    expect(seed.mail.inbox.some((message) => message.id === seed.mail.selectedMessageId)).toBe(true);
    const pdfs = seed.files.entries.filter((file) => file.kind === "pdf").map((file) => file.path);
    expect(pdfs).toEqual(
      expect.arrayContaining([
        "/Users/you/Documents/Apple Demo.pdf",
        "/Users/you/Documents/Quarterly Report.pdf",
        "/Users/you/Documents/Lease Agreement.pdf",
      ]),
    );
    expect(seed.files.entries.some((file) => file.kind === "text")).toBe(true);
    expect(seed.zoom.meetings[0]?.joinUrl).toBe(zoomJoinUrl(1));
  });
});

describe("zoomJoinUrl", () => {
  it("gives distinct 10-digit meeting numbers", () => {
    const urls = new Set(Array.from({ length: 1000 }, (_, index) => zoomJoinUrl(index + 1)));
    expect(urls.size).toBe(1000);
    for (const url of urls) expect(url).toMatch(/^https:\/\/zoom\.us\/j\/\d{10}$/);
  });
});
