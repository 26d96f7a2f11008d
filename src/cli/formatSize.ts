const KILOBYTE = 1_000;
const MEGABYTE = 1_000_000;
const GIGABYTE = 1_000_000_000;

/**
 * A byte count for people: decimal units as model cards quote them (`668.0 MB`, `4.37 GB`,
 * `12.5 kB`), so the numbers match `renderProgress` and the model's download page.
 */
export function formatSize(bytes: number): string {
  if (bytes >= GIGABYTE) return `${(bytes / GIGABYTE).toFixed(2)} GB`;
  if (bytes >= MEGABYTE) return `${(bytes / MEGABYTE).toFixed(1)} MB`;
  if (bytes >= KILOBYTE) return `${(bytes / KILOBYTE).toFixed(1)} kB`;
  return `${bytes} B`;
}
