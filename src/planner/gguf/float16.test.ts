import { describe, expect, it } from "vitest";
import { float32ToFloat16Bits } from "./float16.js";

/** Reference decoder: what ggml reads back from the half bits. */
function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

describe("float32ToFloat16Bits", () => {
  it("encodes exact values bit for bit", () => {
    expect(float32ToFloat16Bits(0)).toBe(0x0000);
    expect(float32ToFloat16Bits(-0)).toBe(0x8000);
    expect(float32ToFloat16Bits(1)).toBe(0x3c00);
    expect(float32ToFloat16Bits(-2)).toBe(0xc000);
    expect(float32ToFloat16Bits(0.5)).toBe(0x3800);
    expect(float32ToFloat16Bits(65504)).toBe(0x7bff);
    expect(float32ToFloat16Bits(2 ** -24)).toBe(0x0001);
    expect(float32ToFloat16Bits(2 ** -14)).toBe(0x0400);
  });

  it("saturates to infinity, flushes tiny values to zero and keeps NaN", () => {
    expect(float32ToFloat16Bits(1e6)).toBe(0x7c00);
    expect(float32ToFloat16Bits(Number.NEGATIVE_INFINITY)).toBe(0xfc00);
    expect(float32ToFloat16Bits(1e-9)).toBe(0x0000);
    expect(Number.isNaN(halfToNumber(float32ToFloat16Bits(Number.NaN)))).toBe(true);
  });

  it("rounds to the nearest half, ties to even", () => {
    // 1 + 2^-11 lies exactly between 1 and 1 + 2^-10: ties go to the even mantissa (1).
    expect(float32ToFloat16Bits(1 + 2 ** -11)).toBe(0x3c00);
    expect(float32ToFloat16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02);
    for (const value of [0.1, -Math.PI, 1234.5678, 6.1e-5, 3e-6, -0.02]) {
      const decoded = halfToNumber(float32ToFloat16Bits(value));
      const step = Math.max(2 ** -24, 2 ** (Math.floor(Math.log2(Math.abs(value))) - 10));
      expect(Math.abs(decoded - value)).toBeLessThanOrEqual(step / 2);
    }
  });
});
