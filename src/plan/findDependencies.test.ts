import { describe, expect, it } from "vitest";
import { findDependencies, findReferences } from "./findDependencies.js";

describe("findDependencies", () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ${N} is plan text here, not a template.
  it("finds $N and ${N} anywhere in the raw text, unique and ascending", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${N} is plan text here, not a template.
    expect(findDependencies('["$3", "${1}"], "from $1"', 5)).toEqual([1, 3]);
  });

  it("counts $N inside free text, as the reference does", () => {
    expect(findDependencies('"it costs $3"', 4)).toEqual([3]);
  });

  it("ignores self, forward and zero references", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${N} is plan text here, not a template.
    expect(findDependencies('"$0", "$3", "${3}", "$9"', 3)).toEqual([]);
  });

  it("reads unparsable text too (a bare $1, an unclosed ${2)", () => {
    expect(findDependencies("$1, ${2", 4)).toEqual([1, 2]);
    expect(findDependencies('"$01"', 2)).toEqual([1]);
  });

  it("returns nothing without references", () => {
    expect(findDependencies('"$ 1", "1", "$x"', 9)).toEqual([]);
  });
});

describe("findReferences", () => {
  it("returns every referenced number, whatever its value", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${N} is plan text here, not a template.
    expect(findReferences('"$5", "${0}", "$5"')).toEqual([5, 0]);
  });
});
