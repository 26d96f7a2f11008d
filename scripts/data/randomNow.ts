import { addDays, type CivilDateTime, civil, daysInMonth } from "./CivilDateTime.js";
import type { Random } from "./Random.js";

const FIRST_YEAR = 2022;
const LAST_YEAR = 2027;

/**
 * When a row's query was asked: any minute of 2022–2027 between 06:00 and 23:59, with month ends
 * and the last days of December drawn far more often than chance, so month and year rollovers
 * ("tomorrow" on the 31st, "Jan 3" in December, "next monday" across New Year) are common.
 */
export function randomNow(random: Random): CivilDateTime {
  const year = random.int(FIRST_YEAR, LAST_YEAR);
  const kind = random.weighted<string>([
    ["any", 75],
    ["month-end", 18],
    ["year-end", 7],
  ]);
  const hour = random.int(6, 23);
  const minute = random.int(0, 59);
  if (kind === "year-end") return civil(year, 12, random.int(26, 31), hour, minute);
  const month = random.int(1, 12);
  if (kind === "month-end") {
    const last = daysInMonth(year, month);
    return addDays(civil(year, month, last, hour, minute), -random.int(0, 2));
  }
  return civil(year, month, random.int(1, daysInMonth(year, month)), hour, minute);
}

// The days on which a daylight-saving switch can fall in common zones (the Sundays they fall on):
// US spring and autumn, EU spring and autumn, Australia and New Zealand autumn and spring.
const SWITCH_DAYS: readonly (readonly [number, number, number])[] = [
  [3, 8, 14],
  [3, 25, 31],
  [4, 1, 7],
  [9, 24, 30],
  [10, 1, 7],
  [10, 25, 31],
  [11, 1, 7],
];

/**
 * Whether a daylight-saving switch may fall between `now` and `days` days later in some common time
 * zone; the generator then avoids phrases counted in elapsed days ("in 3 days at 5pm"), which chrono
 * would resolve an hour off on a machine in that zone.
 */
export function nearDaylightSavingSwitch(now: CivilDateTime, days: number): boolean {
  for (let offset = 0; offset <= days; offset += 1) {
    const day = addDays(now, offset);
    if (
      SWITCH_DAYS.some(([month, first, last]) => day.month === month && day.day >= first && day.day <= last)
    )
      return true;
  }
  return false;
}
