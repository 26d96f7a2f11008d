import { describe, expect, it } from "vitest";
import { PlanBuilder } from "./PlanBuilder.js";

describe("PlanBuilder", () => {
  it("numbers contact lookups first, then other lookups, then actions, with $N references", () => {
    const plan = new PlanBuilder();
    const file = plan.call("open_and_get_file_path", ["Q3 report.pdf"]);
    const sid = plan.call("get_email_address", ["Sid"]);
    const anna = plan.call("get_email_address", ["Anna"]);
    plan.call("compose_new_email", [[sid, anna], [], "Q3 report", "", [file]]);
    expect(plan.render()).toBe(
      [
        '1. get_email_address("Sid")',
        '2. get_email_address("Anna")',
        '3. open_and_get_file_path("Q3 report.pdf")',
        '4. compose_new_email(["$1", "$2"], [], "Q3 report", "", ["$3"])',
        "5. join()<END_OF_PLAN>",
      ].join("\n"),
    );
    expect(plan.tools()).toEqual(["get_email_address", "open_and_get_file_path", "compose_new_email"]);
  });

  it("writes Python literals and one step for a lookup asked twice, and adds the closing thought", () => {
    const plan = new PlanBuilder();
    const first = plan.call("get_email_address", ["Eren Erdoğan"]);
    const second = plan.call("get_email_address", ["Eren Erdoğan"]);
    expect(second.step).toBe(first.step);
    const link = plan.call("get_zoom_meeting_link", ["Apple Meeting", "2022-10-14 15:00:00", 60, [first]]);
    plan.call("create_calendar_event", [
      "Apple Meeting",
      "2022-10-14 15:00:00",
      "2022-10-14 16:00:00",
      link,
      [],
      "",
      null,
    ]);
    plan.call("create_reminder", ['say "hi"', "", "", "", 0, true]);
    expect(plan.render({ thought: true })).toBe(
      [
        '1. get_email_address("Eren Erdoğan")',
        '2. get_zoom_meeting_link("Apple Meeting", "2022-10-14 15:00:00", 60, ["$1"])',
        '3. create_calendar_event("Apple Meeting", "2022-10-14 15:00:00", "2022-10-14 16:00:00", "$2", [], "", None)',
        '4. create_reminder("say \\"hi\\"", "", "", "", 0, True)',
        "Thought: I have succesfully created the reminder.",
        "5. join()<END_OF_PLAN>",
      ].join("\n"),
    );
  });

  it("renders a request no tool can do as a lone join", () => {
    expect(new PlanBuilder().render({ thought: true })).toBe("1. join()<END_OF_PLAN>");
  });
});
