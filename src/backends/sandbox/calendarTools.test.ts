import { describe, expect, it } from "vitest";
import { ToolFailure } from "../../tools/index.js";
import { SandboxMac } from "./SandboxMac.js";

const signal = new AbortController().signal;
const call = (mac: SandboxMac, ...args: unknown[]) =>
  (mac.handler("create_calendar_event") as NonNullable<ReturnType<SandboxMac["handler"]>>)(args, { signal });

describe("create_calendar_event", () => {
  it("creates the event in the named calendar with invitee names resolved to emails", async () => {
    const mac = new SandboxMac();
    const observation = await call(
      mac,
      "Lunch with Lutfi",
      "2025-06-05 12:00:00",
      "2025-06-05 13:30:00",
      "Zuni Café, 1658 Market St",
      ["Lutfi Eren Erdoğan", "jose ramirez", "guest@example.com"],
      "Table for three",
      "work",
    );
    expect(observation).toBe('Event created successfully in the "Work" calendar.');
    expect(mac.state.calendar.events.at(-1)).toEqual({
      id: "event-5",
      calendar: "Work",
      title: "Lunch with Lutfi",
      start: "2025-06-05 12:00:00",
      end: "2025-06-05 13:30:00",
      location: "Zuni Café, 1658 Market St",
      notes: "Table for three",
      invitees: ["lutfi.erdogan@example.com", "jose.ramirez@example.com", "guest@example.com"],
    });
  });

  it("uses the first calendar when none is given, and says so when the named one does not exist", async () => {
    const mac = new SandboxMac();
    expect(await call(mac, "A", "2025-06-05 09:00:00", "2025-06-05 10:00:00", null, [], null, null)).toBe(
      'Event created successfully in the "Home" calendar.',
    );
    expect(await call(mac, "B", "2025-06-05 09:00:00", "2025-06-05 10:00:00", "", [], "", "None")).toBe(
      'Event created successfully in the "Home" calendar.',
    );
    expect(await call(mac, "C", "2025-06-05 09:00:00", "2025-06-05 10:00:00", "", [], "", "Gym")).toBe(
      'There is no calendar named "Gym", so the event was created in the "Home" calendar.',
    );
    expect(mac.state.calendar.events.slice(-3).map((event) => event.calendar)).toEqual([
      "Home",
      "Home",
      "Home",
    ]);
  });

  it("derives a missing end (+1 h) or start (−1 h) and accepts other ISO forms", async () => {
    const mac = new SandboxMac();
    await call(mac, "No end", "2025-06-05T23:30", "", "", [], "", "Family");
    await call(mac, "No start", null, "2025-06-06 08:00:00", "", "Mom", "", "Family");
    const [noEnd, noStart] = mac.state.calendar.events.slice(-2);
    expect([noEnd?.start, noEnd?.end]).toEqual(["2025-06-05 23:30:00", "2025-06-06 00:30:00"]);
    expect([noStart?.start, noStart?.end]).toEqual(["2025-06-06 07:00:00", "2025-06-06 08:00:00"]);
    expect(noStart?.invitees).toEqual(["mom@example.org"]);
  });

  it("fails instead of guessing dates", async () => {
    const mac = new SandboxMac();
    await expect(call(mac, "X", "", "", "", [], "", "")).rejects.toThrow("needs a start_date");
    await expect(call(mac, "X", "tomorrow at noon", "", "", [], "", "")).rejects.toThrow(
      "The start_date \"tomorrow at noon\" is not a date in the format 'YYYY-MM-DD HH:MM:SS'.",
    );
    await expect(
      call(mac, "X", "2025-06-05 12:00:00", "2025-06-05 11:00:00", "", [], "", ""),
    ).rejects.toThrow("ends");
    await expect(call(mac, "", "2025-06-05 12:00:00", "", "", [], "", "")).rejects.toThrow(ToolFailure);
    expect(mac.state.calendar.events).toHaveLength(4);
  });

  it("fails when an invitee cannot be resolved", async () => {
    const mac = new SandboxMac();
    await expect(call(mac, "X", "2025-06-05 12:00:00", "", "", ["Lan"], "", "")).rejects.toThrow(
      'Several contacts match "Lan"',
    );
    expect(mac.state.calendar.events).toHaveLength(4);
  });
});
