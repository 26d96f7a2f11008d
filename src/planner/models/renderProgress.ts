/** Where a download stands; `totalBytes` is undefined when the server did not say. */
export interface DownloadProgress {
  readonly receivedBytes: number;
  readonly totalBytes?: number;
  /** Average speed of this session (resumed bytes excluded), when known. */
  readonly bytesPerSecond?: number;
}

export interface RenderProgressOptions {
  /** Shown first, e.g. the model name. */
  readonly label?: string;
  /** Width of a `[####----]` bar in characters; 0 (default) shows none. */
  readonly barWidth?: number;
}

const MEGABYTE = 1_000_000;
const GIGABYTE = 1_000_000_000;

/**
 * One terminal line for a download, e.g. `TinyAgent-1.1B  312.4/668.0 MB  46%  12.3 MB/s`. Sizes
 * are decimal (MB = 10^6 bytes, as model cards quote them), in GB once the total reaches 1 GB. The
 * percentage is floored so 100% means done. The caller redraws it (`\r`) as progress arrives.
 */
export function renderProgress(progress: DownloadProgress, options: RenderProgressOptions = {}): string {
  const { receivedBytes, totalBytes, bytesPerSecond } = progress;
  const known = totalBytes !== undefined && totalBytes > 0;
  const [unit, divisor, digits] =
    (known ? totalBytes : receivedBytes) >= GIGABYTE ? ["GB", GIGABYTE, 2] : ["MB", MEGABYTE, 1];
  const amount = (bytes: number) => (bytes / divisor).toFixed(digits);
  const fields: string[] = [];
  if (options.label) fields.push(options.label);
  if (known) {
    const fraction = Math.min(1, Math.max(0, receivedBytes / totalBytes));
    const barWidth = options.barWidth ?? 0;
    if (barWidth > 0) {
      const filled = Math.floor(fraction * barWidth);
      fields.push(`[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}]`);
    }
    fields.push(`${amount(receivedBytes)}/${amount(totalBytes)} ${unit}`, `${Math.floor(fraction * 100)}%`);
  } else {
    fields.push(`${amount(receivedBytes)} ${unit}`);
  }
  if (bytesPerSecond !== undefined && Number.isFinite(bytesPerSecond)) {
    fields.push(`${(bytesPerSecond / MEGABYTE).toFixed(1)} MB/s`);
  }
  return fields.join("  ");
}
