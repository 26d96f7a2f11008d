import { describe, expect, it } from "vitest";
import { addsSpecialTokens, truncateTokenIds } from "./truncateTokenIds.js";

describe("truncateTokenIds", () => {
  const ids = [101, 7, 8, 9, 10, 102];

  it("keeps a query that fits as it is", () => {
    expect(truncateTokenIds(ids, 6, true)).toBe(ids);
    expect(truncateTokenIds(ids, 10, false)).toBe(ids);
  });

  it("keeps the closing special token last when the tokenizer adds one", () => {
    expect(truncateTokenIds(ids, 4, true)).toEqual([101, 7, 8, 102]);
  });

  it("keeps just the first tokens when it adds none", () => {
    expect(truncateTokenIds(ids, 4, false)).toEqual([101, 7, 8, 9]);
  });
});

describe("addsSpecialTokens", () => {
  it("reads it from the tokenizer.json's post-processor", () => {
    expect(addsSpecialTokens({ post_processor: { type: "TemplateProcessing" } })).toBe(true);
    expect(addsSpecialTokens({ post_processor: null })).toBe(false);
    expect(addsSpecialTokens({})).toBe(false);
  });
});
