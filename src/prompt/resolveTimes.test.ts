import { afterEach, describe, expect, it } from "vitest";
import { resolveTimes } from "./resolveTimes.js";

// Local-time constructors: every expectation is a local wall-clock time, so these hold in any zone.
const FRIDAY = new Date(2024, 4, 24, 14, 5); // Friday 2024-05-24 14:05
const THURSDAY_MONTH_END = new Date(2024, 4, 30, 9, 0); // Thursday 2024-05-30 09:00
const SATURDAY_YEAR_END = new Date(2024, 11, 28, 18, 0); // Saturday 2024-12-28 18:00

/** What the compact prompt prints after `Time: `. */
const lines = (query: string, now: Date): string[] =>
  resolveTimes(query, now).map(
    ({ text, start, end }) => `${text} = ${start}${end === undefined ? "" : ` to ${end}`}`,
  );

describe("resolveTimes", () => {
  it("resolves a time of day to a start and a 60-minute end", () => {
    expect(resolveTimes("Invite Sid and Lutfi to lunch tomorrow at noon", FRIDAY)).toEqual([
      { text: "tomorrow at noon", start: "2024-05-25 12:00:00", end: "2024-05-25 13:00:00", dateOnly: false },
    ]);
  });

  it("resolves a day without a time of day to a date alone", () => {
    expect(resolveTimes("Remind me to pay rent next friday", FRIDAY)).toEqual([
      { text: "next friday", start: "2024-05-31", dateOnly: true },
    ]);
  });

  it.each([
    ["Meet Sid next thursday at 3pm", ["next thursday at 3pm = 2024-05-30 15:00:00 to 2024-05-30 16:00:00"]],
    ["remind me in two hours", ["in two hours = 2024-05-24 16:05:00 to 2024-05-24 17:05:00"]],
    ["ping me 2 hours later", ["2 hours later = 2024-05-24 16:05:00 to 2024-05-24 17:05:00"]],
    ["call Lutfi in half an hour", ["in half an hour = 2024-05-24 14:35:00 to 2024-05-24 15:35:00"]],
    ["call on Dec 3 at 4:30pm", ["Dec 3 at 4:30pm = 2024-12-03 16:30:00 to 2024-12-03 17:30:00"]],
    [
      "block from 2 to 4pm on friday",
      ["from 2 to 4pm on friday = 2024-05-31 14:00:00 to 2024-05-31 16:00:00"],
    ],
    ["Friday 10am to 11:30am", ["Friday 10am to 11:30am = 2024-05-31 10:00:00 to 2024-05-31 11:30:00"]],
    ["today at 3pm", ["today at 3pm = 2024-05-24 15:00:00 to 2024-05-24 16:00:00"]],
    ["at 9am", ["at 9am = 2024-05-25 09:00:00 to 2024-05-25 10:00:00"]],
    ["in 3 days at 5pm", ["in 3 days at 5pm = 2024-05-27 17:00:00 to 2024-05-27 18:00:00"]],
    ["the day after tomorrow", ["the day after tomorrow = 2024-05-26"]],
    ["in 3 days", ["in 3 days = 2024-05-27"]],
    ["June 3rd", ["June 3rd = 2024-06-03"]],
    ["end of the month", ["end of the month = 2024-05-31"]],
    ["monday", ["monday = 2024-05-27"]],
  ])("%s", (query, expected) => {
    expect(lines(query, FRIDAY)).toEqual(expected);
  });

  it("gives a named part of the day chrono's hour (morning 06, afternoon 15, evening 20, tonight 22)", () => {
    expect(lines("dinner tomorrow evening", FRIDAY)).toEqual([
      "tomorrow evening = 2024-05-25 20:00:00 to 2024-05-25 21:00:00",
    ]);
    expect(lines("call tomorrow morning", FRIDAY)).toEqual([
      "tomorrow morning = 2024-05-25 06:00:00 to 2024-05-25 07:00:00",
    ]);
    expect(lines("this afternoon", FRIDAY)).toEqual([
      "this afternoon = 2024-05-24 15:00:00 to 2024-05-24 16:00:00",
    ]);
    expect(lines("tonight", FRIDAY)).toEqual(["tonight = 2024-05-24 22:00:00 to 2024-05-24 23:00:00"]);
  });

  it("reads end of day as 17:00, today until then and tomorrow after", () => {
    expect(lines("send it by end of day", FRIDAY)).toEqual([
      "end of day = 2024-05-24 17:00:00 to 2024-05-24 18:00:00",
    ]);
    expect(lines("finish by the end of the day", FRIDAY)).toEqual([
      "end of the day = 2024-05-24 17:00:00 to 2024-05-24 18:00:00",
    ]);
    expect(lines("eod", SATURDAY_YEAR_END)).toEqual(["eod = 2024-12-29 17:00:00 to 2024-12-29 18:00:00"]);
    expect(lines("by end of day tomorrow", FRIDAY)).toEqual([
      "end of day tomorrow = 2024-05-25 17:00:00 to 2024-05-25 18:00:00",
    ]);
    expect(lines("close of business on monday", FRIDAY)).toEqual([
      "close of business on monday = 2024-05-27 17:00:00 to 2024-05-27 18:00:00",
    ]);
  });

  it("reads a bare day of the month as the next such day, today included", () => {
    expect(lines("pay rent on the 5th", FRIDAY)).toEqual(["on the 5th = 2024-06-05"]);
    expect(lines("on the 24th", FRIDAY)).toEqual(["on the 24th = 2024-05-24"]);
    expect(lines("the 31st", FRIDAY)).toEqual(["the 31st = 2024-05-31"]);
    expect(lines("the 31st", new Date(2024, 5, 2, 9, 0))).toEqual(["the 31st = 2024-07-31"]);
    expect(lines("the 30th", new Date(2025, 0, 31, 9, 0))).toEqual(["the 30th = 2025-03-30"]);
    expect(lines("the 5th", SATURDAY_YEAR_END)).toEqual(["the 5th = 2025-01-05"]);
    expect(lines("the 5th at 3pm", FRIDAY)).toEqual([
      "the 5th at 3pm = 2024-06-05 15:00:00 to 2024-06-05 16:00:00",
    ]);
    expect(lines("on the 5th of June", FRIDAY)).toEqual(["5th of June = 2024-06-05"]);
  });

  it("reads next week as seven days from now, a date", () => {
    expect(lines("follow up next week", FRIDAY)).toEqual(["next week = 2024-05-31"]);
  });

  it("rolls weekdays over the end of the month", () => {
    expect(lines("friday", THURSDAY_MONTH_END)).toEqual(["friday = 2024-05-31"]);
    expect(lines("this friday", THURSDAY_MONTH_END)).toEqual(["this friday = 2024-05-31"]);
    // chrono's "next <weekday>" is that day of the following week.
    expect(lines("next friday", THURSDAY_MONTH_END)).toEqual(["next friday = 2024-06-07"]);
    expect(lines("monday at 10", THURSDAY_MONTH_END)).toEqual([
      "monday at 10 = 2024-06-03 10:00:00 to 2024-06-03 11:00:00",
    ]);
    expect(lines("tomorrow at noon", THURSDAY_MONTH_END)).toEqual([
      "tomorrow at noon = 2024-05-31 12:00:00 to 2024-05-31 13:00:00",
    ]);
    expect(lines("the day after tomorrow", THURSDAY_MONTH_END)).toEqual([
      "the day after tomorrow = 2024-06-01",
    ]);
  });

  it("rolls dates and weekdays over the end of the year", () => {
    expect(lines("Dec 3 at 4:30pm", SATURDAY_YEAR_END)).toEqual([
      "Dec 3 at 4:30pm = 2025-12-03 16:30:00 to 2025-12-03 17:30:00",
    ]);
    expect(lines("Jan 2", SATURDAY_YEAR_END)).toEqual(["Jan 2 = 2025-01-02"]);
    expect(lines("next thursday at 3pm", SATURDAY_YEAR_END)).toEqual([
      "next thursday at 3pm = 2025-01-02 15:00:00 to 2025-01-02 16:00:00",
    ]);
    expect(lines("from 2 to 4pm on friday", SATURDAY_YEAR_END)).toEqual([
      "from 2 to 4pm on friday = 2025-01-03 14:00:00 to 2025-01-03 16:00:00",
    ]);
    expect(lines("in 7 hours", SATURDAY_YEAR_END)).toEqual([
      "in 7 hours = 2024-12-29 01:00:00 to 2024-12-29 02:00:00",
    ]);
    expect(lines("at 11:30pm", new Date(2024, 11, 31, 23, 45))).toEqual([
      "at 11:30pm = 2025-01-01 23:30:00 to 2025-01-02 00:30:00",
    ]);
  });

  it("moves a time already past today to tomorrow (chrono's forwardDate)", () => {
    expect(lines("noon", FRIDAY)).toEqual(["noon = 2024-05-25 12:00:00 to 2024-05-25 13:00:00"]);
    expect(lines("3pm", FRIDAY)).toEqual(["3pm = 2024-05-24 15:00:00 to 2024-05-24 16:00:00"]);
  });

  it("skips durations, which the model copies as numbers", () => {
    expect(lines("a 90 minute meeting with Sid", FRIDAY)).toEqual([]);
    expect(lines("zoom call tomorrow at 2pm for 30 minutes", FRIDAY)).toEqual([
      "tomorrow at 2pm = 2024-05-25 14:00:00 to 2024-05-25 15:00:00",
    ]);
    expect(lines("block 2h for an hour", FRIDAY)).toEqual([]);
  });

  it("lists every phrase in order of appearance", () => {
    expect(
      lines("move the standup from monday at 9am to tuesday at 10am and remind me on the 5th", FRIDAY),
    ).toEqual([
      "monday at 9am to tuesday at 10am = 2024-05-27 09:00:00 to 2024-05-28 10:00:00",
      "on the 5th = 2024-06-05",
    ]);
    expect(lines("Email Lutfi tomorrow and text Sid next friday at 5pm", FRIDAY)).toEqual([
      "tomorrow = 2024-05-25",
      "next friday at 5pm = 2024-05-31 17:00:00 to 2024-05-31 18:00:00",
    ]);
  });

  it("finds nothing in a query without dates", () => {
    expect(resolveTimes("Text Sid that I'm running late", FRIDAY)).toEqual([]);
  });

  it("rejects an invalid Date", () => {
    expect(() => resolveTimes("tomorrow", new Date(Number.NaN))).toThrow(RangeError);
  });

  describe("in other time zones", () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each(["UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati"])(
      "prints the same wall-clock values in %s",
      (zone) => {
        process.env.TZ = zone;
        const now = new Date(2024, 4, 24, 14, 5);
        expect(
          lines("lunch tomorrow at noon, then in two hours, next friday and end of day, and the 5th", now),
        ).toEqual([
          "tomorrow at noon = 2024-05-25 12:00:00 to 2024-05-25 13:00:00",
          "in two hours = 2024-05-24 16:05:00 to 2024-05-24 17:05:00",
          "next friday = 2024-05-31",
          "end of day = 2024-05-24 17:00:00 to 2024-05-24 18:00:00",
          "the 5th = 2024-06-05",
        ]);
      },
    );
  });
});
