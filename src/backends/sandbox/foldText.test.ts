import { describe, expect, it } from "vitest";
import { closestMatch } from "./closestMatch.js";
import { editDistance, similarity } from "./editDistance.js";
import { foldedWords, foldText } from "./foldText.js";

describe("foldText", () => {
  it("ignores case, diacritics and punctuation", () => {
    expect(foldText("Lutfi Eren Erdoğan")).toBe("lutfi eren erdogan");
    expect(foldText("ZOË MÜLLER")).toBe("zoe muller");
    expect(foldText("  José   Ramírez ")).toBe("jose ramirez");
    expect(foldText("Lan Nguyễn")).toBe("lan nguyen");
    expect(foldText("O'Brien-Smith")).toBe("o brien smith");
  });

  it("maps letters that NFKD leaves alone", () => {
    expect(foldText("Søren Straße Łódź Æsir")).toBe("soren strasse lodz aesir");
    expect(foldText("İSTANBUL ılık")).toBe("istanbul ilik");
  });

  it("splits into words", () => {
    expect(foldedWords("Quarterly Report.pdf")).toEqual(["quarterly", "report", "pdf"]);
    expect(foldedWords(" -- ")).toEqual([]);
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("lufti", "lutfi")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("measures similarity between 0 and 1", () => {
    expect(similarity("", "")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
    expect(similarity("lease agrement", "lease agreement")).toBeCloseTo(14 / 15);
  });
});

describe("closestMatch", () => {
  const names = ["Shopping list", "Packing list", "Meeting notes", "Q3 Roadmap"];
  const match = (query: string) => closestMatch(query, names, (name) => [name]);

  it("prefers an exact (folded) match", () => {
    expect(match("MEETING NOTES")).toEqual({ kind: "found", item: "Meeting notes", tier: "exact" });
  });

  it("matches whole words either way", () => {
    expect(match("roadmap")).toEqual({ kind: "found", item: "Q3 Roadmap", tier: "partial" });
    expect(match("my meeting notes from today")).toEqual({
      kind: "found",
      item: "Meeting notes",
      tier: "partial",
    });
  });

  it("reports a tie as ambiguous instead of guessing", () => {
    expect(match("list")).toEqual({
      kind: "ambiguous",
      items: ["Shopping list", "Packing list"],
      tier: "partial",
    });
  });

  it("falls back to spelling, with a floor", () => {
    expect(match("Shoping lst")).toEqual({ kind: "found", item: "Shopping list", tier: "fuzzy" });
    expect(match("quantum physics")).toEqual({ kind: "none" });
    expect(match("")).toEqual({ kind: "none" });
  });
});
