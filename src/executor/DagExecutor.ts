import { AbortError } from "../base/index.js";
import type { PlanIssue, PlanParseEvent, PlanTask } from "../plan/index.js";
import type { ToolBackend, ToolRegistry, ToolSpec } from "../tools/index.js";
import {
  type ApprovalPolicy,
  type ApprovalRequest,
  type Approver,
  DEFAULT_APPROVAL_POLICY,
  needsApproval,
} from "./ApprovalPolicy.js";
import { checkArgs } from "./checkArgs.js";
import { describeStep } from "./describeStep.js";
import type { ExecutionTimings, ExecutorEvent, ExecutorEventListener, RunStatus } from "./ExecutorEvent.js";
import { runTool, type ToolRunResult } from "./runTool.js";
import { substituteArgs } from "./substituteArgs.js";
import { type RootFailure, type TaskEntry, TERMINAL, toOutcome } from "./TaskEntry.js";
import type { CancelReason, TaskError, TaskOutcome } from "./TaskOutcome.js";
import { ABORTED, untilAborted } from "./untilAborted.js";

/** The reference's task timeout is unbounded; ours is 30 s unless the tool or the caller says otherwise. */
export const DEFAULT_TASK_TIMEOUT_MS = 30_000;

export interface DagExecutorOptions {
  /** The enabled tools; a step naming any other tool fails (`executor/unknown-tool`). */
  readonly registry: ToolRegistry;
  /** Implements built-in tools; a tool's own `handler` wins. */
  readonly backend: ToolBackend;
  readonly policy?: ApprovalPolicy;
  /** Without it, held steps are denied (status "denied", with a reason saying how to approve). */
  readonly approve?: Approver;
  /** Default per-step timeout in ms; a tool's `timeoutMs` overrides it. */
  readonly timeoutMs?: number;
  readonly onEvent?: ExecutorEventListener;
  /** Milliseconds since the run started (injected so a whole run shares one origin). */
  readonly clock?: () => number;
  /**
   * Most steps running at once (default unbounded). 1 runs one step at a time, as a ReAct-style
   * agent would: the baseline of `tinyagent bench exec`.
   */
  readonly maxConcurrency?: number;
}

export interface ExecutionResult {
  /** Never "failed" for a failed step: step failures are outcomes, not run failures. */
  readonly status: RunStatus;
  readonly reason?: string;
  /** One per step, in plan order. */
  readonly outcomes: readonly TaskOutcome[];
  readonly issues: readonly PlanIssue[];
  readonly timings: ExecutionTimings;
}

/**
 * One plan run: consumes parser events as they stream and starts each step the moment its
 * dependencies are done (event-driven, no polling), in parallel except that steps whose tools
 * share an app run one at a time, first ready first served. Holds draft/write steps (or all
 * steps) for one approval of the whole plan after the stream ended, times out and cancels
 * steps through their AbortSignal, and skips dependents of failed steps. Nothing throws: tool
 * failures are `task-error` events, and a broken stream or approver ends the run as "failed".
 * Single use: create one per run. (Longer than our usual file: it is one state machine whose
 * transitions all meet in `#settle`; the pure parts live in TaskEntry, runTool, checkArgs and
 * substituteArgs.)
 */
export class DagExecutor {
  readonly #registry: ToolRegistry;
  readonly #backend: ToolBackend;
  readonly #policy: ApprovalPolicy;
  readonly #approve: Approver | undefined;
  readonly #timeoutMs: number;
  readonly #listener: ExecutorEventListener | undefined;
  readonly #clock: () => number;
  readonly #maxConcurrency: number;
  #running = 0;

  /** In plan order. */
  readonly #entries = new Map<number, TaskEntry>();
  /** Steps cleared to run, in the order they became ready; each waits only for its app. */
  readonly #ready: TaskEntry[] = [];
  readonly #busyApps = new Set<string>();
  readonly #issues: PlanIssue[] = [];
  readonly #timings: { -readonly [K in keyof ExecutionTimings]?: ExecutionTimings[K] } = {};
  readonly #controller = new AbortController();
  #streamEnded = false;
  #approved: boolean;
  #stop: { status: Exclude<RunStatus, "completed">; reason: string } | undefined;
  #resolveIdle: () => void = () => {};
  readonly #idle = new Promise<void>((resolve) => {
    this.#resolveIdle = resolve;
  });

  constructor(options: DagExecutorOptions) {
    this.#registry = options.registry;
    this.#backend = options.backend;
    this.#policy = options.policy ?? DEFAULT_APPROVAL_POLICY;
    this.#approve = options.approve;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
    this.#listener = options.onEvent;
    const origin = performance.now();
    this.#clock = options.clock ?? (() => performance.now() - origin);
    this.#maxConcurrency = options.maxConcurrency ?? Number.POSITIVE_INFINITY;
    this.#approved = this.#policy === "never-ask";
  }

  /** Runs the plan that `events` streams; resolves when every step has ended. Never rejects. */
  async execute(
    events: AsyncIterable<PlanParseEvent>,
    { signal }: { signal?: AbortSignal } = {},
  ): Promise<ExecutionResult> {
    const onAbort = () => {
      this.#halt("cancelled", "The run was cancelled.", "cancelled", true);
      this.#controller.abort();
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
    try {
      await this.#consume(events);
      this.#streamEnded = true;
      this.#timings.planEndMs = this.#clock();
      this.#settle();
      if (!this.#stop) await this.#requestApproval();
      await this.#idle;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
    return {
      status: this.#stop?.status ?? "completed",
      ...(this.#stop ? { reason: this.#stop.reason } : {}),
      outcomes: [...this.#entries.values()].map(toOutcome),
      issues: [...this.#issues],
      timings: {
        ...this.#timings,
        planEndMs: this.#timings.planEndMs ?? this.#clock(),
        tasksEndMs: this.#timings.tasksEndMs ?? this.#clock(),
      },
    };
  }

  async #consume(events: AsyncIterable<PlanParseEvent>): Promise<void> {
    const signal = this.#controller.signal;
    let iterator: AsyncIterator<PlanParseEvent> | undefined;
    let exhausted = false;
    try {
      iterator = events[Symbol.asyncIterator]();
      while (!this.#stop) {
        const next = await untilAborted(iterator.next(), signal);
        if (next === ABORTED) break;
        if (next.done) {
          exhausted = true;
          break;
        }
        if (next.value.type === "end") break;
        if (next.value.type === "issue") {
          this.#issues.push(next.value.issue);
          this.#emit({ type: "plan-issue", issue: next.value.issue });
        } else {
          this.#add(next.value.task);
        }
      }
    } catch (error) {
      exhausted = true;
      if (!signal.aborted)
        this.#halt("failed", `The plan stream failed: ${messageOf(error)}`, "cancelled", true);
      return;
    }
    // Stop the producer (the planner) after join or a cancel; don't wait for it to wind down.
    if (!exhausted && iterator?.return) {
      try {
        iterator.return().catch(() => {});
      } catch {}
    }
  }

  #add(task: PlanTask): void {
    if (task.isJoin) return;
    if (this.#entries.has(task.idx)) {
      const issue = {
        line: task.line,
        code: "plan/numbering",
        message: `step ${task.idx} appears twice; ignored`,
      };
      this.#issues.push(issue);
      this.#emit({ type: "plan-issue", issue });
      return;
    }
    const tool = this.#registry.get(task.tool);
    const handler = tool && (tool.handler ?? this.#backend.handler(tool.name));
    const entry: TaskEntry = { task, tool, handler, state: "waiting", args: task.args };
    this.#entries.set(task.idx, entry);
    this.#emit({ type: "task-add", task });
    if (!tool) {
      this.#fail(entry, {
        code: "executor/unknown-tool",
        message: `No enabled tool is named "${task.tool}".`,
      });
    } else if (!handler) {
      this.#fail(entry, {
        code: "executor/no-handler",
        message: `The tool "${tool.name}" has no implementation in the ${this.#backend.name} backend.`,
      });
    }
    this.#settle();
  }

  async #requestApproval(): Promise<void> {
    if (this.#approved) return;
    const held = [...this.#entries.values()].filter(
      (entry) => entry.state === "waiting" && entry.tool && needsApproval(this.#policy, entry.tool.risk),
    );
    if (held.length === 0) {
      this.#approved = true;
      this.#settle();
      return;
    }
    const request: ApprovalRequest = {
      tasks: held.map(({ task, tool }) => ({
        idx: task.idx,
        tool: task.tool,
        args: task.args,
        risk: tool?.risk ?? "write",
      })),
    };
    this.#timings.approvalRequestMs = this.#clock();
    this.#emit({ type: "approval-request", tasks: request.tasks });
    let approved = false;
    let failure: string | undefined;
    const approve = this.#approve;
    if (approve) {
      const signal = this.#controller.signal;
      try {
        const answer = await untilAborted(
          Promise.resolve().then(() => approve(request, { signal })),
          signal,
        );
        if (answer === ABORTED) return;
        approved = answer === true;
      } catch (error) {
        if (signal.aborted) return;
        failure = `Approval failed: ${messageOf(error)}`;
      }
    }
    if (this.#stop) return;
    this.#timings.approvalEndMs = this.#clock();
    const reason =
      failure ??
      (approve
        ? undefined
        : `Approval is needed to run ${request.tasks.map((item) => `${item.tool} (step ${item.idx})`).join(", ")}, ` +
          "but no approver was given: pass an approve function, or choose the never-ask policy.");
    this.#emit({ type: "approval-end", approved, ...(reason === undefined ? {} : { reason }) });
    if (approved) {
      this.#approved = true;
      this.#settle();
    } else {
      this.#halt(failure ? "failed" : "denied", reason ?? "The plan was not approved.", "denied", false);
    }
  }

  /** Starts whatever can start, then checks whether the run is over. */
  #settle(): void {
    if (!this.#stop) this.#schedule();
    this.#checkIdle();
  }

  #schedule(): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const entry of this.#entries.values()) {
        if (entry.state !== "waiting") continue;
        const verdict = this.#dependencies(entry);
        if (verdict === "pending") continue;
        if (verdict !== "satisfied") {
          this.#skip(entry, verdict);
          changed = true;
        } else if (this.#approved || !entry.tool || !needsApproval(this.#policy, entry.tool.risk)) {
          entry.state = "ready";
          this.#ready.push(entry);
        }
      }
    }
    for (let index = 0; index < this.#ready.length && this.#running < this.#maxConcurrency; ) {
      const entry = this.#ready[index];
      if (!entry?.tool || this.#busyApps.has(entry.tool.app)) {
        index += 1;
        continue;
      }
      this.#ready.splice(index, 1);
      this.#start(entry, entry.tool);
    }
  }

  /** "satisfied", "pending", or the root failure that blocks the step for good. */
  #dependencies(entry: TaskEntry): "satisfied" | "pending" | RootFailure {
    let pending = false;
    for (const dep of entry.task.deps) {
      // The reference ignores forward and self references; ignoring them here also rules out cycles.
      if (dep >= entry.task.idx) continue;
      const other = this.#entries.get(dep);
      if (!other) {
        if (!this.#streamEnded) pending = true;
        else {
          const why = this.#issues.length > 0 ? "could not be parsed" : "is not in the plan";
          return { idx: dep, text: `step ${dep} ${why}` };
        }
      } else if (other.root) {
        return other.root;
      } else if (other.state !== "done") {
        pending = true;
      }
    }
    return pending ? "pending" : "satisfied";
  }

  #start(entry: TaskEntry, tool: ToolSpec): void {
    const handler = entry.handler;
    if (!handler) return;
    entry.state = "running";
    this.#running += 1;
    this.#busyApps.add(tool.app);
    entry.startMs = this.#clock();
    this.#timings.firstTaskStartMs ??= entry.startMs;
    entry.args = substituteArgs(entry.task.args, entry.task.deps, this.#observations());
    this.#emit({ type: "task-start", idx: entry.task.idx, tool: tool.name, args: entry.args });
    const controller = new AbortController();
    entry.controller = controller;
    const invalid = checkArgs(tool, entry.args);
    const run: Promise<ToolRunResult> = invalid
      ? Promise.resolve({ ok: false, ...invalid })
      : runTool(handler, entry.args, { controller, timeoutMs: tool.timeoutMs ?? this.#timeoutMs });
    void run.then((result) => this.#finish(entry, tool, result));
  }

  #finish(entry: TaskEntry, tool: ToolSpec, result: ToolRunResult): void {
    // A step cancelled while running already ended; its late result is dropped.
    if (entry.state !== "running") return;
    entry.endMs = this.#clock();
    this.#running -= 1;
    this.#busyApps.delete(tool.app);
    const durationMs = entry.endMs - (entry.startMs ?? entry.endMs);
    if (result.ok) {
      entry.state = "done";
      entry.observation = result.observation;
      this.#emit({ type: "task-end", idx: entry.task.idx, observation: result.observation, durationMs });
    } else {
      this.#fail(entry, { code: result.code, message: result.message }, durationMs);
    }
    this.#settle();
  }

  #fail(entry: TaskEntry, error: TaskError, durationMs = 0): void {
    entry.state = "failed";
    entry.error = error;
    const { idx, tool } = entry.task;
    entry.root = { idx, text: `${describeStep(idx, tool, entry.args)} failed: ${error.message}` };
    this.#emit({ type: "task-error", idx, code: error.code, message: error.message, durationMs });
  }

  #skip(entry: TaskEntry, root: RootFailure): void {
    entry.state = "skipped";
    entry.root = root;
    entry.skipReason = `Skipped: ${root.text}`;
    this.#emit({ type: "task-skip", idx: entry.task.idx, reason: entry.skipReason, rootIdx: root.idx });
  }

  /**
   * Ends the run early: nothing new starts and every step not yet started is cancelled. Running
   * steps are aborted on cancel; on deny they may finish (they are reads).
   */
  #halt(
    status: Exclude<RunStatus, "completed">,
    reason: string,
    cancelReason: CancelReason,
    abortRunning: boolean,
  ): void {
    if (this.#stop) return;
    this.#stop = { status, reason };
    this.#ready.length = 0;
    for (const entry of this.#entries.values()) {
      if (TERMINAL.has(entry.state) || (entry.state === "running" && !abortRunning)) continue;
      if (entry.state === "running") {
        entry.endMs = this.#clock();
        this.#running -= 1;
        if (entry.tool) this.#busyApps.delete(entry.tool.app);
        entry.controller?.abort(new AbortError());
      }
      entry.state = "cancelled";
      entry.cancelReason = cancelReason;
      this.#emit({ type: "task-cancel", idx: entry.task.idx, reason: cancelReason });
    }
    this.#checkIdle();
  }

  #checkIdle(): void {
    if (!this.#streamEnded) return;
    for (const entry of this.#entries.values()) if (!TERMINAL.has(entry.state)) return;
    this.#timings.tasksEndMs ??= this.#clock();
    this.#resolveIdle();
  }

  #observations(): Map<number, string> {
    const observations = new Map<number, string>();
    for (const [idx, entry] of this.#entries)
      if (entry.observation !== undefined) observations.set(idx, entry.observation);
    return observations;
  }

  #emit(event: ExecutorEvent): void {
    if (!this.#listener) return;
    try {
      this.#listener(event);
    } catch (error) {
      // A broken listener must not leave the scheduler half-updated; surface it out of band.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
