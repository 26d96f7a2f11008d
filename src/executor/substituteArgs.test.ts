// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${N}` is the plan language's reference syntax, not a template.
import { describe, expect, it } from "vitest";
import { substituteArgs } from "./substituteArgs.js";

const observations = new Map(Array.from({ length: 12 }, (_, index) => [index + 1, `obs${index + 1}`]));

describe("substituteArgs", () => {
  it("replaces $12 before $1, and ${N} as well as $N", () => {
    expect(substituteArgs(["$12 $1 ${12} ${1}"], [1, 12], observations)).toEqual(["obs12 obs1 obs12 obs1"]);
  });

  it("recurses into lists and leaves other values alone", () => {
    expect(substituteArgs([["$1", ["${2}"]], 3, null, true, { key: "$1" }], [1, 2], observations)).toEqual([
      ["obs1", ["obs2"]],
      3,
      null,
      true,
      { key: "$1" },
    ]);
  });

  it("only substitutes dependencies, and splices observations verbatim", () => {
    const special = new Map([[1, "costs $& and $2"]]);
    expect(substituteArgs(["$1 / $3"], [1], special)).toEqual(["costs $& and $2 / $3"]);
  });

  it("re-substitutes $1 inside step 12's observation, like the reference", () => {
    const tricky = new Map([
      [1, "one"],
      [12, "see $1"],
    ]);
    expect(substituteArgs(["$12"], [1, 12], tricky)).toEqual(["see one"]);
  });
});
