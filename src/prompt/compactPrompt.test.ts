import { describe, expect, it } from "vitest";
import { BUILTIN_TOOLS, type ToolSpec } from "../tools/index.js";
import { compactPrompt } from "./compactPrompt.js";

const NOW = new Date(2024, 4, 24, 14, 5); // Friday, local time
const pick = (...names: string[]): ToolSpec[] =>
  names.map((name) => BUILTIN_TOOLS.find((tool) => tool.name === name) as ToolSpec);

describe("compactPrompt", () => {
  it("prints the date, the resolved times, the question and the plan cue", () => {
    expect(
      compactPrompt({
        query: "Invite Sid to lunch tomorrow at noon and remind me next friday",
        now: NOW,
      }),
    ).toMatchInlineSnapshot(`
      "Date: Friday 2024-05-24 14:05
      Time: tomorrow at noon = 2024-05-25 12:00:00 to 2024-05-25 13:00:00
      Time: next friday = 2024-05-31
      Question: Invite Sid to lunch tomorrow at noon and remind me next friday
      Plan:
      "
    `);
  });

  it("lists a ToolRAG subset by name, in prompt order", () => {
    expect(
      compactPrompt({
        query: "Text Sid that I'm running 10 minutes late",
        now: NOW,
        tools: pick("get_phone_number", "send_sms"),
      }),
    ).toMatchInlineSnapshot(`
      "Date: Friday 2024-05-24 14:05
      Tools: get_phone_number, send_sms
      Question: Text Sid that I'm running 10 minutes late
      Plan:
      "
    `);
  });

  it("has no Tools line when every built-in tool is offered, in any order", () => {
    const expected = compactPrompt({ query: "What's on my calendar?", now: NOW });
    expect(compactPrompt({ query: "What's on my calendar?", now: NOW, tools: BUILTIN_TOOLS })).toBe(expected);
    expect(
      compactPrompt({ query: "What's on my calendar?", now: NOW, tools: [...BUILTIN_TOOLS].reverse() }),
    ).toBe(expected);
    expect(expected).not.toContain("Tools:");
  });

  it("keeps a subset's own order and ends an empty one without a trailing space", () => {
    expect(compactPrompt({ query: "x", now: NOW, tools: pick("send_sms", "get_phone_number") })).toContain(
      "\nTools: send_sms, get_phone_number\n",
    );
    expect(compactPrompt({ query: "Tell me a joke", now: NOW, tools: [] })).toMatchInlineSnapshot(`
      "Date: Friday 2024-05-24 14:05
      Tools:
      Question: Tell me a joke
      Plan:
      "
    `);
  });

  it("resolves a range, a duration-free meeting and a year rollover", () => {
    expect(
      compactPrompt({
        query: "Block from 2 to 4pm on friday and set up a 30 minute zoom on Dec 3 at 4:30pm",
        now: new Date(2024, 11, 28, 10, 0),
        tools: pick("get_zoom_meeting_link", "create_calendar_event"),
      }),
    ).toMatchInlineSnapshot(`
      "Date: Saturday 2024-12-28 10:00
      Tools: get_zoom_meeting_link, create_calendar_event
      Time: from 2 to 4pm on friday = 2025-01-03 14:00:00 to 2025-01-03 16:00:00
      Time: Dec 3 at 4:30pm = 2025-12-03 16:30:00 to 2025-12-03 17:30:00
      Question: Block from 2 to 4pm on friday and set up a 30 minute zoom on Dec 3 at 4:30pm
      Plan:
      "
    `);
  });

  it("prints the question exactly as typed and no line with trailing spaces", () => {
    const query = "uh can you   email   ana ÓRLANDO the notes by end of day";
    const prompt = compactPrompt({ query, now: NOW });
    expect(prompt).toContain(`\nQuestion: ${query}\nPlan:\n`);
    expect(prompt).toContain("\nTime: end of day = 2024-05-24 17:00:00 to 2024-05-24 18:00:00\n");
    expect(prompt.split("\n").filter((line) => line !== line.trimEnd())).toEqual([]);
    expect(prompt.endsWith("Plan:\n")).toBe(true);
  });
});
