import { casual, type Parser, type ParsingComponents, type ParsingContext } from "chrono-node";

/**
 * "End of (the) day" and friends. chrono finds nothing in "end of day" and reads "end of the day"
 * as "the day" = tomorrow, which would put a wrong date in the prompt. We read it as the business
 * end of day, 17:00, a time without a date, so chrono treats it like "at 5pm": it merges with a date
 * next to it ("friday end of day") and `forwardDate` moves it to tomorrow once 17:00 has passed.
 */
const END_OF_DAY: Parser = {
  pattern: () =>
    /\b(?:end\s+of\s+(?:the\s+)?(?:(?:business|work|working)\s+)?day|close\s+of\s+business|eod|cob)\b/i,
  extract: () => ({ hour: 17, minute: 0, second: 0 }),
};

const MONTH_NAME = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

/**
 * A bare day of the month ("on the 5th", "the 21st"), which chrono does not parse: the next such
 * day from today (today included), skipping months that lack it ("the 31st" in June is July 31).
 * "the 5th of June" and "the 5th June" are left to chrono.
 */
const DAY_OF_MONTH: Parser = {
  pattern: () =>
    new RegExp(`\\b(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\b|${MONTH_NAME}))`, "i"),
  extract: (context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null => {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const today = context.reference.getDateWithAdjustedTimezone();
    let month = today.getMonth() + (day < today.getDate() ? 1 : 0);
    // Ends within one step: a month without the 29th, 30th or 31st is followed by one with it.
    while (new Date(today.getFullYear(), month + 1, 0).getDate() < day) month += 1;
    const first = new Date(today.getFullYear(), month, 1);
    const components = context.createParsingComponents({ day });
    // Implied, not certain: the user named only the day, and chrono's forwardDate year rollover
    // applies only to a certain month.
    components.imply("month", first.getMonth() + 1);
    components.imply("year", first.getFullYear());
    return components;
  },
};

/**
 * chrono-node's casual English parser plus the two phrases above, so that what the compact prompt
 * resolves is decided in one place. Use with `{ forwardDate: true }`.
 */
export const compactChrono = (() => {
  const chrono = casual.clone();
  chrono.parsers.push(END_OF_DAY, DAY_OF_MONTH);
  return chrono;
})();
