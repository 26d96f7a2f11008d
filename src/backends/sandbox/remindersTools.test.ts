import { describe, expect, it } from "vitest";
import { SandboxMac } from "./SandboxMac.js";

const signal = new AbortController().signal;
const call = (mac: SandboxMac, ...args: unknown[]) =>
  (mac.handler("create_reminder") as NonNullable<ReturnType<SandboxMac["handler"]>>)(args, { signal });

describe("create_reminder", () => {
  it("creates a timed reminder with notes and priority in the named list", async () => {
    const mac = new SandboxMac();
    expect(
      await call(mac, "Submit expenses", "2025-06-06 17:00:00", "Receipts in Downloads", "work", 1, false),
    ).toBe("Reminder 'Submit expenses' created successfully in the 'Work' list.");
    expect(mac.state.reminders.items.at(-1)).toEqual({
      id: "reminder-5",
      list: "Work",
      name: "Submit expenses",
      notes: "Receipts in Downloads",
      due: "2025-06-06 17:00:00",
      allDay: false,
      priority: 1,
      completed: false,
    });
  });

  it("stores all-day reminders as a date, from all_day or from a date alone", async () => {
    const mac = new SandboxMac();
    await call(mac, "Pay rent", "2025-07-01", "", "", 5, true);
    await call(mac, "Water plants", "2025-06-08", "", "", 0, false);
    await call(mac, "Birthday", "2025-06-09 00:00:00", "", "", 0, "True");
    expect(mac.state.reminders.items.slice(-3).map((item) => [item.due, item.allDay])).toEqual([
      ["2025-07-01", true],
      ["2025-06-08", true],
      ["2025-06-09", true],
    ]);
  });

  it("treats an empty due date as no due date (the reference crashed)", async () => {
    const mac = new SandboxMac();
    await call(mac, "Buy milk", "", "", "Groceries", null, null);
    await call(mac, "Buy eggs", null, null, "Groceries", 0, true);
    expect(mac.state.reminders.items.slice(-2).map((item) => [item.due, item.allDay, item.priority])).toEqual(
      [
        [null, false, 0],
        [null, false, 0],
      ],
    );
  });

  it("falls back to the default list for an unknown or missing list, saying so", async () => {
    const mac = new SandboxMac();
    expect(await call(mac, "A", "", "", "", 0, false)).toBe(
      "Reminder 'A' created successfully in the 'Reminders' list.",
    );
    expect(await call(mac, "B", "", "", "Chores", 0, false)).toBe(
      "Reminder 'B' created successfully in the 'Reminders' list. There is no list named \"Chores\", so the default list \"Reminders\" was used.",
    );
  });

  it("accepts only Apple's priorities and valid dates", async () => {
    const mac = new SandboxMac();
    for (const priority of [0, 1, 5, 9, "5"]) await call(mac, "ok", "", "", "", priority, false);
    await expect(call(mac, "X", "", "", "", 3, false)).rejects.toThrow(
      "The priority must be 0 (none), 1 (high), 5 (medium) or 9 (low), not 3.",
    );
    await expect(call(mac, "X", "", "", "", "high", false)).rejects.toThrow("whole number");
    await expect(call(mac, "X", "next Friday", "", "", 0, false)).rejects.toThrow("is not a date");
    await expect(call(mac, "", "", "", "", 0, false)).rejects.toThrow("needs a name");
    expect(mac.state.reminders.items).toHaveLength(4 + 5);
  });
});
