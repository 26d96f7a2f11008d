import type { AppGroup } from "../../tools/index.js";

/** Simulated time per call, in milliseconds, by app group (the tool's `app`). */
export type SandboxLatency = Partial<Record<AppGroup, number>>;

/**
 * Roughly what the real apps take through AppleScript on a recent Mac, for demos and for
 * benchmarks of parallel execution: Mail and Zoom are slow, Maps only builds a URL.
 */
export const REALISTIC_LATENCY_MS: Readonly<Record<AppGroup, number>> = {
  contacts: 150,
  calendar: 400,
  mail: 600,
  sms: 500,
  notes: 300,
  reminders: 300,
  files: 250,
  maps: 100,
  zoom: 700,
};
