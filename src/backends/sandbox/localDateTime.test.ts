import { describe, expect, it } from "vitest";
import { addMinutes, parseLocalDateTime } from "./localDateTime.js";

describe("parseLocalDateTime", () => {
  it("accepts what Python's fromisoformat accepts", () => {
    expect(parseLocalDateTime("2025-06-05 12:30:00")).toEqual({
      value: "2025-06-05 12:30:00",
      dateOnly: false,
    });
    expect(parseLocalDateTime("2025-06-05 12:30")).toEqual({ value: "2025-06-05 12:30:00", dateOnly: false });
    expect(parseLocalDateTime("2025-06-05T12:30:15")).toEqual({
      value: "2025-06-05 12:30:15",
      dateOnly: false,
    });
    expect(parseLocalDateTime(" 2025-06-05 ")).toEqual({ value: "2025-06-05 00:00:00", dateOnly: true });
    expect(parseLocalDateTime("2025-06-05T12:30:00.123Z")?.value).toBe("2025-06-05 12:30:00");
    expect(parseLocalDateTime("2025-06-05 12:30:00+02:00")?.value).toBe("2025-06-05 12:30:00");
  });

  it("rejects anything else, including impossible dates", () => {
    for (const text of [
      "",
      "tomorrow",
      "2025-02-30",
      "2025-13-01",
      "2025-06-05 24:00",
      "05/06/2025",
      "2025-6-5",
    ]) {
      expect(parseLocalDateTime(text)).toBeUndefined();
    }
  });
});

describe("addMinutes", () => {
  it("crosses days, months and years", () => {
    expect(addMinutes("2025-06-05 12:30:00", 60)).toBe("2025-06-05 13:30:00");
    expect(addMinutes("2025-12-31 23:30:00", 60)).toBe("2026-01-01 00:30:00");
    expect(addMinutes("2025-03-01 00:30:00", -60)).toBe("2025-02-28 23:30:00");
  });
});
