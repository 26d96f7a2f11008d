import { describe, expect, it } from "vitest";
import { ToolRegistry } from "../tools/index.js";
import { validatePlan } from "./validatePlan.js";

const registry = new ToolRegistry();
const validate = (lines: readonly string[], compat = false) =>
  validatePlan(lines.join("\n"), { registry, compat });

describe("validatePlan", () => {
  it("accepts a well-formed plan, and a plan that is only join", () => {
    expect(
      validate([
        '1. get_email_address("Eren Erdoğan")',
        '2. get_zoom_meeting_link("Apple Meeting", "2022-10-14 15:00:00", 60, ["$1"])',
        '3. create_calendar_event("Apple Meeting", "2022-10-14 15:00:00", "2022-10-14 16:00:00", "$2", [], "", None)',
        "Thought: I have succesfully created the calendar event.",
        "4. join()<END_OF_PLAN>",
      ]),
    ).toEqual([]);
    expect(validate(["1. join()<END_OF_PLAN>"])).toEqual([]);
    expect(validate(["1. join()", ""])).toEqual([]);
  });

  it("reports arity, naming the parameters", () => {
    expect(validate(['1. summarize_pdf("a", "b")', "2. join()"])).toEqual([
      { line: 1, message: "summarize_pdf: expected 1 argument (pdf_path), got 2", code: "plan/arity" },
    ]);
  });

  it("reports argument types, naming the parameter", () => {
    expect(
      validate([
        '1. send_sms(["+1"], 5)',
        '2. maps_show_directions("", "Apple Park", "x")',
        '3. create_reminder("a", None, None, None, 1.5, "yes")',
        '4. send_sms([1], "hi")',
        "5. join()",
      ]),
    ).toEqual([
      { line: 1, message: "send_sms: argument 2 (message) must be str, got int", code: "plan/arg-type" },
      {
        line: 2,
        message:
          'maps_show_directions: argument 3 (transport) must be one of "d", "w", "r" or None, got str "x"',
        code: "plan/arg-type",
      },
      {
        line: 3,
        message: "create_reminder: argument 5 (priority) must be int or None, got float",
        code: "plan/arg-type",
      },
      {
        line: 3,
        message: 'create_reminder: argument 6 (all_day) must be bool or None, got str "yes"',
        code: "plan/arg-type",
      },
      {
        line: 4,
        message: "send_sms: argument 1 (recipients) must be list[str] or str, got list containing int",
        code: "plan/arg-type",
      },
    ]);
  });

  it("reports references to missing, later or self steps, free text included", () => {
    expect(
      validate([
        '1. get_phone_number("Sid")',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: ${N} is plan text here, not a template.
        '2. send_sms("$2", "costs $5, not ${1}")',
        '3. create_note("$4", "$0", "")',
        "4. join()",
      ]).map((issue) => [issue.line, issue.code, issue.message]),
    ).toEqual([
      [
        2,
        "plan/bad-ref",
        "send_sms: $2 in step 2 refers to the step itself; a step can only use results of earlier steps",
      ],
      [
        2,
        "plan/bad-ref",
        "send_sms: $5 in step 2 refers to step 5, which comes later; a step can only use results of earlier steps",
      ],
      [
        3,
        "plan/bad-ref",
        "create_note: $4 in step 3 refers to step 4, which comes later; a step can only use results of earlier steps",
      ],
      [
        3,
        "plan/bad-ref",
        "create_note: $0 in step 3 refers to step 0, which does not exist; a step can only use results of earlier steps",
      ],
    ]);
  });

  it("reports a reference to a step that failed to parse or was skipped", () => {
    expect(
      validate(['1. get_contact("Sid")', '2. send_sms("$1", "hi")', "3. join()"]).map((issue) => issue.code),
    ).toEqual(["plan/unknown-tool", "plan/bad-ref"]);
  });

  it("reports numbering gaps and repeats", () => {
    expect(
      validate([
        '2. get_phone_number("a")',
        '2. get_phone_number("b")',
        '5. get_phone_number("c")',
        "6. join()",
      ]),
    ).toEqual([
      {
        line: 1,
        message: "step numbers must go 1, 2, 3, …: found 2 where 1 was expected",
        code: "plan/numbering",
      },
      {
        line: 2,
        message: "step numbers must go 1, 2, 3, …: found 2 where 3 was expected",
        code: "plan/numbering",
      },
      {
        line: 3,
        message: "step numbers must go 1, 2, 3, …: found 5 where 3 was expected",
        code: "plan/numbering",
      },
    ]);
  });

  it("reports a missing join as a whole-plan issue, after the line issues", () => {
    expect(validate(['1. get_phone_number("Sid")', "oops"]).map((issue) => [issue.line, issue.code])).toEqual(
      [
        [2, "plan/syntax"],
        [0, "plan/join"],
      ],
    );
    expect(validate(['1. get_phone_number("Sid")<END_OF_PLAN>'])).toEqual([
      { line: 0, message: "the plan does not end with a join() step", code: "plan/join" },
    ]);
    expect(validate([""])).toHaveLength(1);
  });

  it("reports join with arguments and steps after join, up to the stop sequence", () => {
    expect(
      validate([
        '1. get_phone_number("Sid")',
        '2. join("$1")',
        "Thought: more",
        '3. send_sms("$1", "hi")',
        "4. join()<END_OF_PLAN>",
        '5. get_phone_number("x")',
      ]),
    ).toEqual([
      { line: 2, message: 'join() takes no arguments, got ("$1")', code: "plan/join" },
      { line: 4, message: "step 3 comes after join(); join must be the last step", code: "plan/join" },
      { line: 5, message: "step 4 comes after join(); join must be the last step", code: "plan/join" },
    ]);
    expect(validate(["1. join() 2. get_phone_number('x')"])).toEqual([
      { line: 1, message: "step 2 comes after join(); join must be the last step", code: "plan/join" },
    ]);
  });

  it("validates what compat mode parsed (a lone list is splatted)", () => {
    expect(validate(['1. send_sms(["+1", "hi"])', "2. join()"])).toEqual([
      { line: 1, message: "send_sms: expected 2 arguments (recipients, message), got 1", code: "plan/arity" },
    ]);
    expect(validate(['1. send_sms(["+1", "hi"])', "2. join()"], true)).toEqual([]);
  });
});
