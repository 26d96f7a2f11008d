import { describe, expect, it } from "vitest";
import { parseJoinerOutput } from "./parseJoinerOutput.js";

describe("parseJoinerOutput", () => {
  it("reads a Finish with its thought", () => {
    expect(parseJoinerOutput("Thought: I can answer directly.\nAction: Finish(It is at 3 pm.)\n")).toEqual({
      thought: "I can answer directly.",
      answer: "It is at 3 pm.",
      isReplan: false,
      hasAction: true,
    });
  });

  it("keeps everything between the first ( and the last ), parentheses inside included", () => {
    expect(parseJoinerOutput("Action: Finish(Booked (room 4) for you.)").answer).toBe(
      "Booked (room 4) for you.",
    );
  });

  it("reads Replan, whose answer is the reference's unused leftover", () => {
    expect(parseJoinerOutput(" Thought: The error is fixable.\nAction: Replan")).toEqual({
      thought: "The error is fixable.",
      answer: "Action: Repla",
      isReplan: true,
      hasAction: true,
    });
  });

  it("cuts a line at Action: and lets later lines override earlier ones", () => {
    const output = parseJoinerOutput(
      "Thought: first\nsome text Action: Finish(one)\nThought: second Thought: ignored\n Answer: (two)",
    );
    expect(output).toEqual({ thought: "second", answer: "two", isReplan: false, hasAction: true });
  });

  it("reports no action for rambling text", () => {
    expect(parseJoinerOutput("The user wants to text Sid.\nI think it worked.")).toEqual({
      thought: "",
      answer: "",
      isReplan: false,
      hasAction: false,
    });
  });

  it("gives an empty answer for ( after )", () => {
    expect(parseJoinerOutput("Action: Finish) (").answer).toBe("");
  });
});
