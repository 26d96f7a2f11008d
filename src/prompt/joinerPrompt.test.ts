import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { joinerPrompt } from "./joinerPrompt.js";
import { JOINER_FINAL_PROMPT, JOINER_PROMPT } from "./joinerPrompts.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/prompts/${name}`, import.meta.url), "utf8");

describe("joiner prompts", () => {
  it("are byte-exact with the reference OUTPUT_PROMPT and OUTPUT_PROMPT_FINAL", () => {
    expect(JOINER_PROMPT).toBe(fixture("joiner.txt"));
    expect(JOINER_FINAL_PROMPT).toBe(fixture("joiner-final.txt"));
  });

  it("append the question and the scratchpad after the instructions", () => {
    const scratchpad = "get_phone_number(Sid)\nObservation: +15551234\n";
    expect(joinerPrompt({ query: "Text Sid", scratchpad, final: false })).toBe(
      `${fixture("joiner.txt")}\nQuestion: Text Sid\n\n${scratchpad}\n`,
    );
    expect(joinerPrompt({ query: "Text Sid", scratchpad, final: true })).toBe(
      `${fixture("joiner-final.txt")}\nQuestion: Text Sid\n\n${scratchpad}\n`,
    );
  });
});
