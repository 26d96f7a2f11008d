import type { Random } from "./Random.js";

const pad = (value: number): string => String(value).padStart(2, "0");

/**
 * One way a user writes a clock time between 07:00 and 22:59 ("3pm", "3:30 p.m.", "15:30",
 * "noon", "9 in the morning"), restricted to forms chrono-node reads as exactly that time: a bare
 * "at 4" is never produced (chrono reads it as 04:00), nor "half past" or "7 in the evening"
 * (chrono drops them).
 */
export function clockText(random: Random, hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const meridiem = hour < 12 ? "am" : "pm";
  const forms: string[] = [];
  const clock = minute === 0 ? `${h12}` : `${h12}:${pad(minute)}`;
  forms.push(
    `${clock}${meridiem}`,
    `${clock}${meridiem}`,
    `${clock} ${meridiem}`,
    `${clock}${meridiem.toUpperCase()}`,
  );
  forms.push(`${clock} ${meridiem === "am" ? "a.m." : "p.m."}`);
  if (minute === 0) forms.push(`${h12}:00${meridiem}`);
  // 24-hour clock, zero-padded ("09:30", "15:30"); hours stay 07–22, where chrono reads them as written.
  forms.push(`${pad(hour)}:${pad(minute)}`);
  // Not "12 noon": chrono reads "12" and "noon" as two times.
  if (hour === 12 && minute === 0) forms.push("noon", "noon", "midday");
  if (minute === 0 && hour < 12) forms.push(`${h12} in the morning`);
  if (minute === 0 && hour > 12 && hour < 18) forms.push(`${h12} in the afternoon`);
  return random.pick(forms);
}

/**
 * A clock time with its am/pm always written ("3pm", "10:30 a.m."): the form chrono-node needs at
 * either end of a range ("10:30 to 12:30pm" would read as 22:30).
 */
export function meridiemClockText(random: Random, hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const meridiem = hour < 12 ? "am" : "pm";
  const clock = minute === 0 ? `${h12}` : `${h12}:${pad(minute)}`;
  return random.pick([`${clock}${meridiem}`, `${clock} ${meridiem}`, `${clock}${meridiem.toUpperCase()}`]);
}

/** A clock time a meeting or reminder plausibly starts at: mostly on the hour or half hour. */
export function randomClock(random: Random, firstHour = 7, lastHour = 21): { hour: number; minute: number } {
  const hour = random.int(firstHour, lastHour);
  const minute = random.weighted<number>([
    [0, 10],
    [30, 5],
    [15, 2],
    [45, 2],
    [random.pick([5, 10, 20, 25, 35, 40, 50, 55]), 1],
  ]);
  return { hour, minute };
}
