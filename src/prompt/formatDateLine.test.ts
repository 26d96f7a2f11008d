import { describe, expect, it } from "vitest";
import { formatDateLine } from "./formatDateLine.js";

describe("formatDateLine", () => {
  it("prints %A %Y-%m-%d %H:%M in the Date's local time", () => {
    expect(formatDateLine(new Date(2024, 4, 24, 14, 5))).toBe("Friday 2024-05-24 14:05");
  });

  it("names every weekday and zero-pads month, day, hour and minute", () => {
    const week = [19, 20, 21, 22, 23, 24, 25].map((day) => formatDateLine(new Date(2024, 4, day, 9, 7)));
    expect(week).toEqual([
      "Sunday 2024-05-19 09:07",
      "Monday 2024-05-20 09:07",
      "Tuesday 2024-05-21 09:07",
      "Wednesday 2024-05-22 09:07",
      "Thursday 2024-05-23 09:07",
      "Friday 2024-05-24 09:07",
      "Saturday 2024-05-25 09:07",
    ]);
    expect(formatDateLine(new Date(2025, 11, 31, 23, 59))).toBe("Wednesday 2025-12-31 23:59");
    expect(formatDateLine(new Date(2024, 1, 29, 0, 0))).toBe("Thursday 2024-02-29 00:00");
  });

  it("rejects an invalid Date", () => {
    expect(() => formatDateLine(new Date(Number.NaN))).toThrow(RangeError);
  });
});
