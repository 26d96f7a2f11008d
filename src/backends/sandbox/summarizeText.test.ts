import { describe, expect, it } from "vitest";
import { summarizeText } from "./summarizeText.js";

describe("summarizeText", () => {
  it("keeps whole leading sentences within the budget and prefixes a title line", () => {
    const lines = ["Trip Report", "We flew out on Monday. The weather was fine.", "We came back on Friday."];
    expect(summarizeText(lines, { maximumLength: 50 })).toBe(
      "Trip Report: We flew out on Monday. The weather was fine.",
    );
  });

  it("does not take a wrapped sentence for a title", () => {
    expect(summarizeText(["the first line of a wrapped", "sentence goes on. Next one."])).toBe(
      "the first line of a wrapped sentence goes on. Next one.",
    );
  });

  it("cuts a single overlong sentence at a word", () => {
    const summary = summarizeText([`${"word ".repeat(100)}end.`], { maximumLength: 40 });
    expect(summary.endsWith("…")).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(41);
  });

  it("returns an empty summary for no text", () => {
    expect(summarizeText([])).toBe("");
  });
});
