import { describe, expect, it } from "vitest";
import { BUILTIN_TOOLS, type ToolParam } from "../../tools/index.js";
import { argumentsMatch } from "./argumentsMatch.js";

function param(tool: string, name: string): ToolParam {
  const found = BUILTIN_TOOLS.find((spec) => spec.name === tool)?.params.find((entry) => entry.name === name);
  if (!found) throw new Error(`no ${tool}.${name}`);
  return found;
}

const startDate = param("create_calendar_event", "start_date");
const location = param("create_calendar_event", "location");
const invitees = param("create_calendar_event", "invitees");
const notes = param("create_calendar_event", "notes");
const dueDate = param("create_reminder", "due_date");
const priority = param("create_reminder", "priority");
const allDay = param("create_reminder", "all_day");
const transport = param("maps_show_directions", "transport");
const phones = param("send_sms", "recipients");
const duration = param("get_zoom_meeting_link", "duration");
const contact = param("get_phone_number", "name");
const title = param("create_note", "name");

describe("argumentsMatch", () => {
  it("compares date-times as instants across formats", () => {
    expect(argumentsMatch(startDate, "2024-05-24 15:00:00", "2024-05-24T15:00")).toBe(true);
    expect(argumentsMatch(startDate, "2024-05-24 15:00", "2024-05-24 15:00:00")).toBe(true);
    expect(argumentsMatch(startDate, "2024-05-24 15:00:01", "2024-05-24 15:00:00")).toBe(false);
    expect(argumentsMatch(startDate, "2024-02-30 15:00:00", "2024-03-01 15:00:00")).toBe(false);
    expect(argumentsMatch(startDate, "15:00", "2024-05-24 15:00:00", { now: new Date(2024, 4, 24, 9) })).toBe(
      true,
    );
    expect(argumentsMatch(startDate, "$1", "$1")).toBe(true);
  });

  it("compares dates by day for all-day calls only", () => {
    expect(argumentsMatch(dueDate, "2024-05-24", "2024-05-24 08:00:00", { allDay: true })).toBe(true);
    expect(argumentsMatch(dueDate, "2024-05-24", "2024-05-24 08:00:00")).toBe(false);
    expect(argumentsMatch(dueDate, "2024-05-24", "2024-05-24")).toBe(true);
    expect(argumentsMatch(dueDate, null, "")).toBe(true);
  });

  it("folds names, locations and enums", () => {
    expect(argumentsMatch(contact, " eren ERDOGAN", "Eren Erdoğan")).toBe(true);
    expect(argumentsMatch(contact, "Eren", "Eren Erdoğan")).toBe(false);
    expect(argumentsMatch(location, "Café  de Flore", "cafe de flore")).toBe(true);
    expect(argumentsMatch(transport, "W", "w")).toBe(true);
  });

  it("treats empty values alike for nullable parameters and applies defaults", () => {
    expect(argumentsMatch(location, null, "")).toBe(true);
    expect(argumentsMatch(location, undefined, "")).toBe(true);
    expect(argumentsMatch(location, "Home", "")).toBe(false);
    expect(argumentsMatch(contact, null, "")).toBe(false);
    expect(argumentsMatch(priority, null, 0)).toBe(true);
    expect(argumentsMatch(priority, null, 1)).toBe(false);
    expect(argumentsMatch(allDay, null, false)).toBe(true);
    expect(argumentsMatch(allDay, null, true)).toBe(false);
    expect(argumentsMatch(transport, "", "d")).toBe(true);
    expect(argumentsMatch(transport, null, "w")).toBe(false);
  });

  it("compares recipient lists as sets of normalised elements", () => {
    expect(argumentsMatch(invitees, ["B@x.com", "a@x.com"], ["a@x.com", "b@x.com"])).toBe(true);
    expect(argumentsMatch(invitees, "a@x.com", ["a@x.com"])).toBe(true);
    expect(argumentsMatch(invitees, [], null)).toBe(true);
    expect(argumentsMatch(invitees, ["a@x.com"], ["a@x.com", "b@x.com"])).toBe(false);
    expect(argumentsMatch(phones, ["(555) 123-4567"], ["+15551234567"])).toBe(true);
    expect(argumentsMatch(phones, ["$2", "$1"], ["$1", "$2"])).toBe(true);
    expect(argumentsMatch(phones, ["$1"], ["$2"])).toBe(false);
  });

  it("compares ints and bools by value", () => {
    expect(argumentsMatch(duration, 60, 60)).toBe(true);
    expect(argumentsMatch(duration, 30, 60)).toBe(false);
    expect(argumentsMatch(allDay, true, true)).toBe(true);
    expect(argumentsMatch(allDay, false, true)).toBe(false);
  });

  it("compares free text and titles by word-overlap F1", () => {
    expect(argumentsMatch(notes, "Bring the slides", "please bring the slides")).toBe(true);
    expect(argumentsMatch(notes, "Bring snacks", "please bring the slides")).toBe(false);
    expect(argumentsMatch(notes, null, "")).toBe(true);
    expect(argumentsMatch(title, "Grocery list", "grocery list")).toBe(true);
    expect(argumentsMatch(title, "", "Grocery list")).toBe(false);
  });
});
