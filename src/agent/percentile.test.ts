import { describe, expect, it } from "vitest";
import { percentile } from "./percentile.js";

describe("percentile (nearest rank)", () => {
  it("picks a measured value whatever the input order", () => {
    const values = [50, 10, 40, 20, 30];
    expect(percentile(values, 50)).toBe(30);
    expect(percentile(values, 95)).toBe(50);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile([10, 20], 50)).toBe(10);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, index) => index + 1),
        95,
      ),
    ).toBe(95);
    expect(values).toEqual([50, 10, 40, 20, 30]);
  });

  it("is 0 for no values", () => {
    expect(percentile([], 50)).toBe(0);
  });
});
