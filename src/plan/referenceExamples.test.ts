import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ToolRegistry } from "../tools/index.js";
import { PlanStreamParser } from "./PlanStreamParser.js";
import { parsePlan } from "./parsePlan.js";
import type { PlanTask } from "./types.js";
import { validatePlan } from "./validatePlan.js";

const registry = new ToolRegistry();

/** The plan text of each in-context example: the lines after its `startLine` line. */
function examplePlans(fixture: string, startLine: RegExp): string[] {
  const text = readFileSync(new URL(`../../test/fixtures/prompts/${fixture}`, import.meta.url), "utf8");
  return text.split("###\n").flatMap((example) => {
    const lines = example.split("\n");
    const start = lines.findIndex((line) => startLine.test(line));
    return start < 0 ? [] : [lines.slice(start + 1).join("\n")];
  });
}

const summary = (tasks: readonly PlanTask[]) =>
  tasks.map(({ idx, tool, args, deps, thought }) => ({ idx, tool, args, deps, thought }));

describe("the reference planner examples (planner-all-tools.txt)", () => {
  const plans = examplePlans("planner-all-tools.txt", /^Question: /);

  it("holds the four default examples", () => {
    expect(plans).toHaveLength(4);
  });

  it("parses the SMS example", () => {
    expect(summary(parsePlan(plans[0] ?? "", { registry }).tasks)).toEqual([
      { idx: 1, tool: "get_phone_number", args: ["Lutfi Eren Erdogan"], deps: [], thought: undefined },
      {
        idx: 2,
        tool: "send_sms",
        args: [
          ["$1"],
          "Hey Lutfi, just wanted to let you know about the upcoming Apple meeting. It's going to be at 3 PM on Friday.",
        ],
        deps: [1],
        thought: undefined,
      },
      {
        idx: 3,
        tool: "join",
        args: [],
        deps: [1, 2],
        thought: "I have succesfully found the contact and sent the message.",
      },
    ]);
  });

  it("parses the Zoom example", () => {
    expect(summary(parsePlan(plans[1] ?? "", { registry }).tasks)).toEqual([
      { idx: 1, tool: "get_email_address", args: ["Eren Erdoğan"], deps: [], thought: undefined },
      {
        idx: 2,
        tool: "get_zoom_meeting_link",
        args: ["Apple Meeting", "2022-10-14 15:00:00", 60, ["$1"]],
        deps: [1],
        thought: undefined,
      },
      {
        idx: 3,
        tool: "create_calendar_event",
        args: ["Apple Meeting", "2022-10-14 15:00:00", "2022-10-14 16:00:00", "$2", [], "", null],
        deps: [2],
        thought: undefined,
      },
      {
        idx: 4,
        tool: "join",
        args: [],
        deps: [1, 2, 3],
        thought: "I have succesfully created the calendar event.",
      },
    ]);
  });

  it("parses the directions example", () => {
    expect(summary(parsePlan(plans[2] ?? "", { registry }).tasks)).toEqual([
      { idx: 1, tool: "maps_show_directions", args: ["", "Apple Park", "d"], deps: [], thought: undefined },
      { idx: 2, tool: "join", args: [], deps: [1], thought: "I have succesfully shown the directions." },
    ]);
  });

  it('concatenates "Meeting Postponed," "" into one argument in both modes: 4 arguments, an arity issue', () => {
    for (const compat of [true, false]) {
      const plan = parsePlan(plans[3] ?? "", { registry, compat });
      expect(plan.issues).toEqual([]);
      expect(summary(plan.tasks)).toEqual([
        { idx: 1, tool: "get_email_address", args: ["Amir"], deps: [], thought: undefined },
        {
          idx: 2,
          tool: "compose_new_email",
          args: [["$1"], [], "Meeting Postponed,", []],
          deps: [1],
          thought: undefined,
        },
        { idx: 3, tool: "join", args: [], deps: [1, 2], thought: undefined },
      ]);
      expect(validatePlan(plans[3] ?? "", { registry, compat })).toEqual([
        {
          line: 2,
          message:
            "compose_new_email: expected 5 arguments (recipients, cc, subject, context, attachments), got 4",
          code: "plan/arity",
        },
      ]);
    }
  });

  it("validates the other three examples clean", () => {
    for (const plan of plans.slice(0, 3)) expect(validatePlan(plan, { registry })).toEqual([]);
  });
});

describe("the reference replan examples (replan-tail.txt)", () => {
  const plans = examplePlans("replan-tail.txt", /^Current Plan:/);

  it("holds two examples", () => {
    expect(plans).toHaveLength(2);
  });

  it("parses the SMS replan: the leading thought binds to step 1, join skips the missing step 3", () => {
    const plan = parsePlan(plans[0] ?? "", { registry });
    expect(plan.issues).toEqual([]);
    expect(summary(plan.tasks)).toEqual([
      {
        idx: 1,
        tool: "get_phone_number",
        args: ["Sid"],
        deps: [],
        thought:
          "The error is fixable since I have the get_phone_number tool to retrieve the phone number of Sid. Then I will proceed with sending the SMS.",
      },
      // "$2" in step 2 is a self reference: no dependency (as in the reference), but a bad-ref issue.
      { idx: 2, tool: "send_sms", args: ["$2", "Hi Sid!"], deps: [], thought: undefined },
      {
        idx: 4,
        tool: "join",
        args: [],
        deps: [1, 2],
        thought: "I have succesfully created the retrieved the phone number and sent the SMS.",
      },
    ]);
    expect(validatePlan(plans[0] ?? "", { registry }).map((issue) => [issue.line, issue.code])).toEqual([
      [4, "plan/bad-ref"],
      [6, "plan/numbering"],
    ]);
  });

  it("parses the summarize replan", () => {
    expect(summary(parsePlan(plans[1] ?? "", { registry }).tasks)).toEqual([
      {
        idx: 1,
        tool: "open_and_get_file_path",
        args: ["Apple Demo"],
        deps: [],
        thought:
          "Previous plan tried to call the summarize_pdf() tool with the wrong number of arguments. I will correct this and try again.",
      },
      { idx: 2, tool: "summarize_pdf", args: ["$1"], deps: [1], thought: undefined },
      {
        idx: 3,
        tool: "join",
        args: [],
        deps: [1, 2],
        thought: "I have succesfully opened the file and summarized it.",
      },
    ]);
    expect(validatePlan(plans[1] ?? "", { registry })).toEqual([]);
  });
});

describe("the reference streaming bugs, as token chunks", () => {
  it('keeps "Lutfi Eren" when a token holds text and a newline', () => {
    const parser = new PlanStreamParser({ registry });
    const events = ["1", ".", " get_phone_number", '("', "Lutfi", ' Eren")\n', "2. join()"].flatMap((chunk) =>
      parser.push(chunk),
    );
    const first = events[0];
    expect(first?.type === "task" && first.task.args).toEqual(["Lutfi Eren"]);
  });

  it('keeps the thought after a "\\n\\n" token', () => {
    const parser = new PlanStreamParser({ registry });
    const chunks = [
      '1. get_phone_number("Sid',
      '")\n\n',
      "Thought",
      ": text him",
      "\n",
      '2. send_sms("$1", "hi")\n',
    ];
    const tasks = chunks
      .flatMap((chunk) => parser.push(chunk))
      .flatMap((event) => (event.type === "task" ? [event.task] : []));
    expect(tasks.map((task) => task.thought)).toEqual([undefined, "text him"]);
  });
});
