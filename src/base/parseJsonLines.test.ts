import { describe, expect, it } from "vitest";
import { parseJsonLines } from "./parseJsonLines.js";
import { TinyAgentError } from "./TinyAgentError.js";

const numbers = (text: string) =>
  parseJsonLines(text, {
    source: "rows.jsonl",
    code: "test/rows",
    read: (value, place) =>
      typeof value === "number" ? { value } : { problems: [`${place}: not a number`] },
  });

describe("parseJsonLines", () => {
  it("reads every non-blank line in order", () => {
    expect(numbers("1\n\n  \n2\n3\n")).toEqual([1, 2, 3]);
  });

  it("collects every problem by place and reports the first five under its code", () => {
    let error: unknown;
    try {
      numbers('1\n{\n"a"\n2\n[\n"b"\n"c"\n"d"');
    } catch (caught) {
      error = caught;
    }
    expect(TinyAgentError.isInstance(error)).toBe(true);
    const failure = error as TinyAgentError;
    expect(failure.code).toBe("test/rows");
    expect(failure.message).toBe(
      "6 problem(s) in rows.jsonl:\nrows.jsonl:2: not JSON\nrows.jsonl:3: not a number\nrows.jsonl:5: not JSON\nrows.jsonl:6: not a number\nrows.jsonl:7: not a number",
    );
  });
});
