const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/** `YYYY-MM-DD` of the Date in its local time zone. */
export function formatLocalDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `YYYY-MM-DD HH:MM:SS` of the Date in its local time zone: the reference's tool-argument format
 * for datetimes ("The format for dates MUST be in ISO format of 'YYYY-MM-DD HH:MM:SS'").
 */
export function formatLocalDateTime(date: Date): string {
  return `${formatLocalDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
