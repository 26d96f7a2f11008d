import { describe, expect, it } from "vitest";
import { Random } from "./Random.js";
import { drawQueryStyle, renderQuery } from "./style.js";
import { expandTemplate, templateSlots } from "./template.js";

describe("expandTemplate", () => {
  it("fills slots as protected segments and picks among nested choices", () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed += 1) {
      const segments = expandTemplate(
        "[text|[send|shoot] a text to] {who}[:| saying] {msg}",
        new Random(seed),
        {
          who: "Sid",
          msg: "I'm late",
        },
      );
      expect(segments.filter((segment) => segment.protected).map((segment) => segment.text)).toEqual([
        "Sid",
        "I'm late",
      ]);
      seen.add(segments.map((segment) => segment.text).join(""));
    }
    expect(seen).toEqual(
      new Set(
        ["text", "send a text to", "shoot a text to"].flatMap((verb) => [
          `${verb} Sid: I'm late`,
          `${verb} Sid saying I'm late`,
        ]),
      ),
    );
  });

  it("lists a template's slots and rejects a missing one", () => {
    expect(templateSlots("{open}[a {x}|b {y}]{close}")).toEqual(new Set(["open", "x", "y", "close"]));
    expect(() => expandTemplate("hi {who}", new Random(1), {})).toThrow("{who}");
  });
});

describe("renderQuery", () => {
  it("never changes a protected slot, whatever the noise", () => {
    for (let seed = 0; seed < 300; seed += 1) {
      const random = new Random(seed);
      const style = { ...drawQueryStyle(random), lowercase: false, typoRate: 0.5, dropCommas: true };
      const query = renderQuery(
        [
          { text: "could you please message ", protected: false },
          { text: "Zoë Dąbrowski", protected: true },
          { text: ", saying that ", protected: false },
          { text: "the cake, the wine and the candles", protected: true },
        ],
        style,
        random,
      );
      expect(query).toContain("Zoë Dąbrowski");
      expect(query).toContain("the cake, the wine and the candles");
    }
  });

  it("lowercases everything in a lowercase style and ends a question with a question mark", () => {
    const random = new Random(1);
    const style = {
      lowercase: true,
      typoRate: 0,
      dropCommas: false,
      leadFiller: "",
      midFiller: "",
      ending: "auto" as const,
    };
    expect(
      renderQuery(
        [
          { text: "Can you text  ", protected: false },
          { text: "Sid", protected: true },
        ],
        style,
        random,
      ),
    ).toBe("can you text sid?");
  });
});
