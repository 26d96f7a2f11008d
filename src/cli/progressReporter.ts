import { type DownloadProgress, renderProgress } from "../planner/models/index.js";

/** Draws download progress on a stream; see `progressReporter`. */
export interface ProgressReporter {
  update(progress: DownloadProgress): void;
  /** Shows the last state if it was not shown yet and ends the line, so later output starts clean. */
  end(): void;
}

export interface ProgressReporterOptions {
  /** Shown before the numbers, e.g. the model name. */
  readonly label?: string;
  /** Terminal redraws at most this often, in milliseconds (default 100): chunks arrive far faster. */
  readonly intervalMs?: number;
  /** Clock in milliseconds; tests pass their own. */
  readonly now?: () => number;
}

/** Without a known total, a plain (non-terminal) stream gets one line per this many bytes. */
const PLAIN_STEP_BYTES = 100_000_000;
const BAR_WIDTH = 20;

/**
 * Progress for `tinyagent models pull`. On a terminal one line with a bar is redrawn in place
 * (`\r`, then erase to end of line), throttled to `intervalMs`. Anywhere else (a log file, CI) the
 * stream gets plain lines, one per 10 % (or per 100 MB when the size is unknown), so logs stay short
 * and carry no control characters.
 */
export function progressReporter(
  stream: { write(text: string): unknown; isTTY?: boolean },
  { label, intervalMs = 100, now = () => performance.now() }: ProgressReporterOptions = {},
): ProgressReporter {
  const terminal = stream.isTTY === true;
  let last: DownloadProgress | undefined;
  let shown: DownloadProgress | undefined;
  let lastDrawAt = Number.NEGATIVE_INFINITY;
  let lastStep = -1;
  let lineOpen = false;

  const show = (progress: DownloadProgress) => {
    if (terminal) {
      stream.write(`\r${renderProgress(progress, { label, barWidth: BAR_WIDTH })}\u001b[K`);
      lineOpen = true;
    } else {
      stream.write(`${renderProgress(progress, { label })}\n`);
    }
    shown = progress;
  };
  const stepOf = ({ receivedBytes, totalBytes }: DownloadProgress) =>
    totalBytes !== undefined && totalBytes > 0
      ? Math.floor((Math.min(receivedBytes, totalBytes) / totalBytes) * 10)
      : Math.floor(receivedBytes / PLAIN_STEP_BYTES);

  return {
    update(progress) {
      last = progress;
      const done = progress.totalBytes !== undefined && progress.receivedBytes >= progress.totalBytes;
      if (terminal) {
        const at = now();
        if (done || at - lastDrawAt >= intervalMs) {
          lastDrawAt = at;
          show(progress);
        }
        return;
      }
      const step = stepOf(progress);
      if (step > lastStep) {
        lastStep = step;
        show(progress);
      }
    },
    end() {
      if (last !== undefined && last !== shown) show(last);
      if (lineOpen) stream.write("\n");
      lineOpen = false;
    },
  };
}
