import { describe, expect, it } from "vitest";
import { parseEvalData } from "./parseEvalData.js";

const PLAN = '1. get_phone_number("Sid")\n2. send_sms(["$1"], "Running late")\n3. join()<END_OF_PLAN>';
const row = (fields: Record<string, unknown>) =>
  JSON.stringify({ id: "a", now: "2024-05-24T14:05", query: "Text Sid I'm late", plan: PLAN, ...fields });

function problemsOf(text: string): string {
  try {
    parseEvalData(text, { source: "data.jsonl" });
  } catch (error) {
    expect(error).toMatchObject({ code: "eval/data" });
    return (error as Error).message;
  }
  throw new Error("expected parseEvalData to throw");
}

describe("parseEvalData", () => {
  it("reads one row a line, skipping blank lines, a BOM and CRLF endings", () => {
    const text = `\uFEFF${row({ id: "a" })}\r\n\r\n${row({ id: 2, extra: "ignored" })}\n`;
    expect(parseEvalData(text)).toEqual([
      { id: "a", now: "2024-05-24T14:05", query: "Text Sid I'm late", plan: PLAN },
      { id: "2", now: "2024-05-24T14:05", query: "Text Sid I'm late", plan: PLAN },
    ]);
  });

  it("names the file line of every bad row", () => {
    const text = [
      row({ id: "ok" }),
      "",
      "{not json",
      row({ id: "zoned", now: "2024-05-24T14:05:00+02:00" }),
      row({ id: "no-date", now: "2024-02-30T10:00" }),
      JSON.stringify({ id: "missing" }),
      row({ id: "", plan: '1. get_phone_number("Sid")' }),
      "[1, 2]",
      row({ id: true }),
    ].join("\n");
    const message = problemsOf(text);
    expect(message).toContain('data.jsonl has rows that are not {"id","now","query","plan"}:');
    expect(message).toContain("  data.jsonl:3: not valid JSON (");
    expect(message).toContain(
      "  data.jsonl:4: now: must be a local time without a time zone, like 2024-05-24T14:05",
    );
    expect(message).toContain("  data.jsonl:5: now: must be a local time");
    expect(message).toContain("  data.jsonl:6: now: missing\n  data.jsonl:6: query: missing\n");
    expect(message).toContain("  data.jsonl:7: id: must not be empty");
    expect(message).toContain("  data.jsonl:7: plan: must be a plan ending in join()<END_OF_PLAN>");
    expect(message).toMatch(/ {2}data\.jsonl:8: .*expected object/);
    expect(message).toContain("  data.jsonl:9: id: must be a string or an integer");
    expect(message).not.toContain("data.jsonl:1:");
  });

  it("rejects repeated ids, pointing at the first use", () => {
    expect(problemsOf([row({ id: "a" }), row({ id: "b" }), row({ id: "a" })].join("\n"))).toContain(
      'data.jsonl:3: id: "a" is already used on line 1',
    );
  });

  it("lists at most 20 problems", () => {
    const message = problemsOf(Array.from({ length: 25 }, () => "nope").join("\n"));
    expect(message).toContain("data.jsonl:20:");
    expect(message).not.toContain("data.jsonl:21:");
    expect(message).toContain("… and 5 more");
  });

  it("rejects a file without rows", () => {
    expect(problemsOf("\n  \n")).toBe("data.jsonl has no rows (one JSON object a line).");
  });
});
