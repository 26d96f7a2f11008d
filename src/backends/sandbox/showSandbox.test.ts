import { describe, expect, it } from "vitest";
import { createSeedState } from "./createSeedState.js";
import { SANDBOX_APPS, showSandbox } from "./showSandbox.js";

describe("showSandbox", () => {
  const seed = createSeedState();

  it("lists calendar events with calendar, title, times, location, invitees and notes", () => {
    const text = showSandbox(seed, "calendar");
    expect(text).toContain(
      [
        "  Work",
        "    2025-06-02 09:30–09:45  Team standup",
        "      location: Zoom",
        "      invitees: sid.sharma@example.com, maya.chen@example.com",
        "    2025-06-04 14:00–15:00  Quarterly review",
        "      location: Conference Room 4",
        "      invitees: zoe.mueller@example.net, lutfi.erdogan@example.com",
        "      notes: Bring the Q2 numbers.",
      ].join("\n"),
    );
    expect(text.startsWith("Calendar\n")).toBe(true);
  });

  it("renders every app, each under its title", () => {
    const text = showSandbox(seed);
    for (const title of [
      "Contacts",
      "Calendar",
      "Mail",
      "Messages",
      "Notes",
      "Reminders",
      "Files",
      "Zoom",
      "Maps",
    ]) {
      expect(text.split("\n")).toContain(title);
    }
    expect(SANDBOX_APPS).toHaveLength(9);
  });

  it("shows contacts, mail selection and drafts, reminders and files readably", () => {
    expect(showSandbox(seed, "Contacts")).toContain(
      "  Olivia Brown\n    email (work): olivia.brown@example.com\n    (no phone)",
    );
    const state = createSeedState();
    state.mail.drafts.push({
      id: "draft-1",
      kind: "new",
      to: ["a@b.c"],
      cc: [],
      subject: "Hello",
      body: "Line one\nLine two",
      attachments: [],
    });
    const mail = showSandbox(state, "mail");
    expect(mail).toContain("  ▸ 2025-06-01 11:05  Sid Sharma <sid.sharma@example.com>  Lunch on Thursday?");
    expect(mail).toContain("    [new] Hello\n      to: a@b.c\n      | Line one\n      | Line two");
    expect(showSandbox(seed, "reminders")).toContain(
      "    [ ] Send the Q2 report to Zoë  (due 2025-06-04 (all day); high priority)",
    );
    expect(showSandbox(seed, "files")).toContain(
      "  /Users/you/Documents/Quarterly Report.pdf  (PDF, 2 page(s))",
    );
  });

  it("rejects an unknown app with the list of apps", () => {
    expect(() => showSandbox(seed, "safari")).toThrow('Unknown app "safari". Apps: contacts, calendar');
  });
});
