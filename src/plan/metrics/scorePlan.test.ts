import { describe, expect, it } from "vitest";
import { ToolRegistry } from "../../tools/index.js";
import { isMalformed } from "./isMalformed.js";
import { scorePlan } from "./scorePlan.js";
import { toolSetScores } from "./toolSetScores.js";

const registry = new ToolRegistry();
const plan = (...lines: string[]) => lines.join("\n");

const GOLD = plan(
  '1. get_phone_number("Sid")',
  '2. send_sms(["$1"], "Running late")',
  "Thought: I have succesfully done it.",
  "3. join()<END_OF_PLAN>",
);

describe("scorePlan", () => {
  it("scores a correct prediction 1 on every count", () => {
    expect(scorePlan(GOLD, GOLD, { registry })).toEqual({
      success: 1,
      strictSuccess: 1,
      malformed: false,
      toolRecall: 1,
      toolPrecision: 1,
    });
  });

  it("keeps the reference and strict scores apart", () => {
    const wrongName = GOLD.replace('"Sid"', '"Nick"');
    expect(scorePlan(wrongName, GOLD, { registry })).toMatchObject({
      success: 1,
      strictSuccess: 0,
      malformed: false,
    });
  });

  it("scores a malformed prediction 0 even where the reference would give 1", () => {
    // A missing argument: the reference isomorphism ignores arity.
    const missingArgument = GOLD.replace(', "Running late"', "");
    expect(isMalformed(missingArgument, { registry })).toBe(true);
    expect(scorePlan(missingArgument, GOLD, { registry })).toMatchObject({
      success: 0,
      strictSuccess: 0,
      malformed: true,
      toolRecall: 1,
    });
  });

  it("never throws on garbage", () => {
    for (const predicted of ["", "nonsense", '1. send_sms(["$9"], "x")\n2. join()', "1. join(", "\u0000)"]) {
      const score = scorePlan(predicted, GOLD, { registry });
      expect(score.success).toBe(0);
      expect(score.strictSuccess).toBe(0);
      expect(score.malformed).toBe(true);
    }
  });
});

describe("toolSetScores", () => {
  it("compares tool sets without join", () => {
    const extra = plan('1. get_phone_number("Sid")', '2. get_email_address("Sid")', "3. join()");
    expect(toolSetScores(extra, GOLD, { registry })).toEqual({ recall: 0.5, precision: 0.5 });
    expect(toolSetScores(GOLD, GOLD, { registry })).toEqual({ recall: 1, precision: 1 });
  });

  it("handles empty sets", () => {
    expect(toolSetScores("1. join()", "1. join()", { registry })).toEqual({ recall: 1, precision: 1 });
    expect(toolSetScores("1. join()", GOLD, { registry })).toEqual({ recall: 0, precision: 0 });
    expect(toolSetScores(GOLD, "1. join()", { registry })).toEqual({ recall: 1, precision: 0 });
  });
});

describe("isMalformed", () => {
  it("accepts a valid plan and rejects an unknown tool or a missing join", () => {
    expect(isMalformed(GOLD, { registry })).toBe(false);
    expect(isMalformed(GOLD.replace("send_sms", "send_text"), { registry })).toBe(true);
    expect(isMalformed(GOLD.replace("3. join()<END_OF_PLAN>", ""), { registry })).toBe(true);
  });
});
