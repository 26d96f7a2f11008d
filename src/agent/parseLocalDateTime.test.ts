import { describe, expect, it } from "vitest";
import { parseLocalDateTime } from "./parseLocalDateTime.js";

describe("parseLocalDateTime", () => {
  it("reads local wall-clock times at minute, second and day precision", () => {
    expect(parseLocalDateTime("2024-05-24T14:05")).toEqual(new Date(2024, 4, 24, 14, 5));
    expect(parseLocalDateTime("2024-05-24 14:05:30")).toEqual(new Date(2024, 4, 24, 14, 5, 30));
    expect(parseLocalDateTime("2024-05-24T14:05:30.250")).toEqual(new Date(2024, 4, 24, 14, 5, 30));
    expect(parseLocalDateTime(" 2024-02-29 ")).toEqual(new Date(2024, 1, 29));
  });

  it("refuses zones, impossible dates and times, and other formats", () => {
    for (const text of [
      "2024-05-24T14:05Z",
      "2024-05-24T14:05:00+02:00",
      "2023-02-29",
      "2024-13-01",
      "2024-05-24T24:00",
      "2024-05-24T14:60",
      "24-05-2024",
      "next Friday",
      "",
    ]) {
      expect(parseLocalDateTime(text), text).toBeUndefined();
    }
  });
});
