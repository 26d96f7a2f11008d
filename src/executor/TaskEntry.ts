import type { PlanTask, PlanValue } from "../plan/index.js";
import type { ToolHandler, ToolSpec } from "../tools/index.js";
import type { CancelReason, TaskError, TaskOutcome } from "./TaskOutcome.js";

export type EntryState = "waiting" | "ready" | "running" | TaskOutcome["status"];

/** A failure that dependents name in their skip reason. */
export interface RootFailure {
  readonly idx: number;
  readonly text: string;
}

/** The executor's mutable record of one step while the run goes on. */
export interface TaskEntry {
  readonly task: PlanTask;
  readonly tool: ToolSpec | undefined;
  readonly handler: ToolHandler | undefined;
  state: EntryState;
  args: readonly PlanValue[];
  observation?: string;
  error?: TaskError;
  /** Set on failed and skipped steps. */
  root?: RootFailure;
  skipReason?: string;
  cancelReason?: CancelReason;
  controller?: AbortController;
  startMs?: number;
  endMs?: number;
}

export const TERMINAL: ReadonlySet<EntryState> = new Set(["done", "failed", "skipped", "cancelled"]);

/** The public, immutable view of a step once the run is over. */
export function toOutcome(entry: TaskEntry): TaskOutcome {
  const timing =
    entry.startMs === undefined
      ? {}
      : {
          startMs: entry.startMs,
          ...(entry.endMs === undefined
            ? {}
            : { endMs: entry.endMs, durationMs: entry.endMs - entry.startMs }),
        };
  const base = {
    task: entry.task,
    args: entry.args,
    ...(entry.tool ? { risk: entry.tool.risk } : {}),
    ...timing,
  };
  switch (entry.state) {
    case "done":
      return { ...base, status: "done", observation: entry.observation ?? "" };
    case "failed":
      return { ...base, status: "failed", error: entry.error ?? { code: "executor/unknown", message: "" } };
    case "skipped":
      return { ...base, status: "skipped", reason: entry.skipReason ?? "", rootIdx: entry.root?.idx ?? 0 };
    default:
      return { ...base, status: "cancelled", reason: entry.cancelReason ?? "cancelled" };
  }
}
