import { describe, expect, it } from "vitest";
import type { TaskOutcome } from "../executor/index.js";
import { replanUserMessage } from "../prompt/index.js";
import { ToolRegistry } from "../tools/index.js";
import { replanContext } from "./replanContext.js";

const tasks: TaskOutcome[] = [
  {
    task: {
      idx: 1,
      tool: "get_phone_number",
      args: ["Sid"],
      argsText: '"Sid"',
      deps: [],
      line: 1,
      isJoin: false,
    },
    args: ["Sid"],
    status: "done",
    observation: "+15551234",
  },
  {
    task: {
      idx: 2,
      tool: "send_sms",
      args: [["$1"], "Hi"],
      argsText: '["$1"], "Hi"',
      deps: [1],
      thought: "Then text him.",
      line: 3,
      isJoin: false,
    },
    args: [["+15551234"], "Hi"],
    status: "failed",
    error: { code: "tools/failure", message: "Error: Messages is not running." },
  },
];

describe("replanContext", () => {
  it("numbers the steps, keeps thoughts and observations, and ends with the joiner's thought", () => {
    const context = replanContext(
      { tasks, thought: "Messages can be started, so try again." },
      { registry: new ToolRegistry() },
    );
    expect(replanUserMessage("Text Sid hi", [context])).toMatchInlineSnapshot(`
      "Question: Text Sid hi
      Previous Plan:

      1. get_phone_number(Sid)
      Observation: +15551234

      Thought: Then text him.
      2. send_sms(recipients=['+15551234'], message=Hi)
      Observation: Error: Messages is not running! You MUST correct this error and try again!


      Thought: Messages can be started, so try again.

      Current Plan:


      "
    `);
  });
});
