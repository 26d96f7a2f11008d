const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?$/;

/**
 * Reads an ISO local date-time without a zone ("2024-05-24T14:05", "2024-05-24 14:05:30",
 * "2024-05-24") as that wall-clock time in the current time zone, which is how a dataset row says
 * when its query was asked: the prompt's date line must show exactly those digits wherever the
 * eval runs. Undefined for anything else, including a zone suffix ("Z", "+02:00") and dates that do
 * not exist ("2024-02-30"). Fractional seconds are accepted and dropped (the date line shows minutes).
 */
export function parseLocalDateTime(text: string): Date | undefined {
  const match = LOCAL_DATE_TIME.exec(text.trim());
  if (match === null) return undefined;
  const [year = 0, month = 0, day = 0, hours = 0, minutes = 0, seconds = 0] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  // Date rolls an impossible day over ("02-30" → March 1st); a dataset typo must not shift silently.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return undefined;
  }
  return date;
}
