import { describe, expect, it } from "vitest";
import { ToolRegistry } from "../tools/index.js";
import { PlanStreamParser } from "./PlanStreamParser.js";
import { parsePlan } from "./parsePlan.js";

const registry = new ToolRegistry();

describe("parsePlan", () => {
  const text = [
    "Thought: find Sid",
    '1. get_phone_number("Sid")',
    "2. unknown_tool()",
    '3. send_sms(["$1"], "Hi Sid!")',
    "4. join()<END_OF_PLAN>",
  ].join("\n");

  it("returns the tasks and issues of the whole text", () => {
    const plan = parsePlan(text, { registry });
    expect(plan.tasks.map((task) => [task.idx, task.tool, task.deps, task.line])).toEqual([
      [1, "get_phone_number", [], 2],
      [3, "send_sms", [1], 4],
      [4, "join", [1, 3], 5],
    ]);
    expect(plan.tasks[0]?.thought).toBe("find Sid");
    expect(plan.issues).toEqual([
      { line: 3, message: 'unknown tool "unknown_tool" in step 2', code: "plan/unknown-tool" },
    ]);
  });

  it("equals the stream parser's result", () => {
    const parser = new PlanStreamParser({ registry });
    const events = [...text].flatMap((character) => parser.push(character)).concat(parser.end());
    const plan = parsePlan(text, { registry });
    expect(events.flatMap((event) => (event.type === "task" ? [event.task] : []))).toEqual(plan.tasks);
    expect(events.flatMap((event) => (event.type === "issue" ? [event.issue] : []))).toEqual(plan.issues);
  });

  it("gives an empty plan for empty text", () => {
    expect(parsePlan("", { registry })).toEqual({ tasks: [], issues: [] });
  });
});
