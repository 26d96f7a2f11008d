import { describe, expect, it } from "vitest";
import { ToolArguments } from "./ToolArguments.js";

describe("ToolArguments", () => {
  it("reads text, treating missing and null as empty", () => {
    const args = new ToolArguments(["a", null, 3, true]);
    expect(args.text(0, "x")).toBe("a");
    expect(args.text(1, "x")).toBe("");
    expect(args.text(2, "x")).toBe("3");
    expect(args.text(3, "x")).toBe("true");
    expect(args.text(9, "x")).toBe("");
    expect(() => new ToolArguments([["a"]]).text(0, "title")).toThrow(
      'The title argument must be a string, not ["a"].',
    );
  });

  it('treats "None" as no value for optional names', () => {
    expect(new ToolArguments(["None", " Work "]).optionalName(0, "calendar")).toBe("");
    expect(new ToolArguments(["None", " Work "]).optionalName(1, "calendar")).toBe("Work");
  });

  it("wraps a bare string into a list and drops empty entries", () => {
    expect(new ToolArguments(["a@b.c"]).list(0, "recipients")).toEqual(["a@b.c"]);
    expect(new ToolArguments([[" a ", "", null, "None", 5]]).list(0, "recipients")).toEqual(["a", "5"]);
    expect(new ToolArguments([null, ""]).list(0, "cc")).toEqual([]);
    expect(new ToolArguments([null, ""]).list(1, "cc")).toEqual([]);
    expect(() => new ToolArguments([[{}]]).list(0, "cc")).toThrow("list of strings");
  });

  it("reads integers and booleans leniently", () => {
    const args = new ToolArguments([5, "9", null, 2.5, "True", "false", 1, "yes"]);
    expect(args.integer(0, "p", 0)).toBe(5);
    expect(args.integer(1, "p", 0)).toBe(9);
    expect(args.integer(2, "p", 7)).toBe(7);
    expect(() => args.integer(3, "priority", 0)).toThrow("The priority argument must be a whole number");
    expect(args.boolean(4, "b", false)).toBe(true);
    expect(args.boolean(5, "b", true)).toBe(false);
    expect(args.boolean(6, "b", false)).toBe(true);
    expect(args.boolean(9, "b", true)).toBe(true);
    expect(() => args.boolean(7, "all_day", false)).toThrow("True or False");
  });
});
