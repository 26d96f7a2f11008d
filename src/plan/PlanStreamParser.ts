import type { ToolRegistry } from "../tools/index.js";
import { findDependencies } from "./findDependencies.js";
import { parsePythonArgs } from "./parsePythonArgs.js";
import type { PlanIssue, PlanParseEvent, PlanTask } from "./types.js";

export interface PlanStreamParserOptions {
  /** The tools a plan may call; any other name is a `plan/unknown-tool` issue. */
  readonly registry: ToolRegistry;
  /** Parse arguments like the reference (raw-string fallback, lone-list splat); see parsePythonArgs. */
  readonly compat?: boolean;
}

/** The planner's stop sequence; also ends parsing wherever it appears in the text. */
export const END_OF_PLAN = "<END_OF_PLAN>";

/**
 * A `join(...)` line is complete at its first `)`, so join is seen before the stop sequence or a
 * newline arrives (the reference takes the args to the last `)`; join must have none anyway).
 */
const JOIN_LINE = /^[^\S\n]*(\d+)\. join\(([^)\n]*)\)/;
/** Whether `line` is a plan's join line, the line where the parser (and so the executor) stops. */
export function isJoinLine(line: string): boolean {
  return JOIN_LINE.test(line);
}

/** The reference ACTION_PATTERN on one line: args run to the LAST `)`; anything after it is dropped. */
const ACTION_LINE = /^\s*(\d+)\. ([\p{L}\p{N}_]+)\(([\s\S]*)\)/u;
const THOUGHT_LINE = /^\s*Thought:([\s\S]*)$/;
const NUMBERED_LINE = /^\s*\d+\./;

/**
 * Incremental parser for LLMCompiler plan text as a model streams it (spec §2, §3.4, §12.5).
 * Feed token chunks split anywhere with `push`, then call `end`; each call returns the events
 * that became certain: a `task` per completed action line, an `issue` per bad line, and one
 * `end`. Streaming any split of a text yields exactly the events of pushing it whole.
 *
 * - A line completes at "\n", at the `)` of a `N. join(...)` line, at `<END_OF_PLAN>`, or at `end()`.
 * - Parsing stops at join (`end` reason "join") or at `<END_OF_PLAN>` anywhere ("end-of-plan");
 *   later text is ignored, so pushing after the end is harmless and returns nothing.
 * - A `Thought:` line (text trimmed) attaches to the next action line. A newer thought replaces a pending one;
 *   blank and unparsable lines keep it; any action line (even one that fails) consumes it.
 * - Whitespace inside chunks is kept as written, and blank lines never lose a thought (two
 *   reference bugs, spec §2.5).
 * - `join` depends on every step number below its own that the parser emitted as a task, not on
 *   missing numbers (the reference's phantom dependencies crash it); the validator reports gaps.
 * - Other tasks' `deps` come from the raw text (findDependencies), so they may name a step that
 *   has no task; the validator reports that as `plan/bad-ref`.
 */
export class PlanStreamParser {
  readonly #registry: ToolRegistry;
  readonly #compat: boolean;
  /** Unhandled text; the current line starts at `#start`. */
  #buffer = "";
  #start = 0;
  #line = 1;
  #consumed = 0;
  #thought: string | undefined;
  #done = false;
  readonly #emittedSteps = new Set<number>();

  constructor(options: PlanStreamParserOptions) {
    this.#registry = options.registry;
    this.#compat = options.compat ?? false;
  }

  /** True once an `end` event was emitted. */
  get done(): boolean {
    return this.#done;
  }

  /**
   * How many characters of the fed text belong to the plan: up to the join's `)`, through the
   * `<END_OF_PLAN>` marker, or everything once `end()` ran. Grows while parsing.
   */
  get consumedLength(): number {
    return this.#consumed;
  }

  /** Feeds the next chunk of model output and returns the events it completed. */
  push(chunk: string): PlanParseEvent[] {
    if (this.#done) return [];
    this.#buffer += chunk;
    const events: PlanParseEvent[] = [];
    while (!this.#done && this.#takeCompleteLine(events)) {}
    // Cut handled lines once per push, not per line, so a whole plan in one chunk stays linear.
    this.#buffer = this.#buffer.slice(this.#start);
    this.#start = 0;
    return events;
  }

  /** Signals the end of the text: parses the last unterminated line and emits `end`. */
  end(): PlanParseEvent[] {
    if (this.#done) return [];
    const events: PlanParseEvent[] = [];
    const rest = this.#buffer.slice(this.#start);
    this.#consumed += rest.length;
    this.#handleLine(rest, events);
    this.#finish("end-of-input", events);
    return events;
  }

  /**
   * Handles whichever line ending is detected first in the current line (the position of its
   * last character decides), so any chunking of the same text makes the same cuts.
   */
  #takeCompleteLine(events: PlanParseEvent[]): boolean {
    const buffer = this.#buffer;
    const start = this.#start;
    const newline = buffer.indexOf("\n", start);
    const line = buffer.slice(start, newline < 0 ? buffer.length : newline);
    const marker = line.indexOf(END_OF_PLAN);
    const join = JOIN_LINE.exec(line);
    const markerEnd = marker < 0 ? -1 : marker + END_OF_PLAN.length - 1;
    if (join && (markerEnd < 0 || join[0].length - 1 < markerEnd)) {
      this.#consumed += join[0].length;
      this.#emitJoin(join, events);
      this.#finish("join", events);
    } else if (markerEnd >= 0) {
      this.#consumed += markerEnd + 1;
      this.#handleLine(line.slice(0, marker), events);
      this.#finish("end-of-plan", events);
    } else if (newline >= 0) {
      this.#consumed += line.length + 1;
      this.#start = newline + 1;
      this.#handleLine(line, events);
      this.#line += 1;
    } else {
      return false;
    }
    return true;
  }

  #finish(reason: "join" | "end-of-plan" | "end-of-input", events: PlanParseEvent[]): void {
    this.#done = true;
    this.#buffer = "";
    this.#start = 0;
    events.push({ type: "end", reason });
  }

  #handleLine(line: string, events: PlanParseEvent[]): void {
    if (line.trim() === "") return;
    const join = JOIN_LINE.exec(line);
    if (join) {
      this.#emitJoin(join, events);
      return;
    }
    const action = ACTION_LINE.exec(line);
    if (action) {
      this.#handleAction(Number(action[1]), action[2] ?? "", action[3] ?? "", events);
      return;
    }
    const thought = THOUGHT_LINE.exec(line);
    if (thought) {
      const text = (thought[1] ?? "").trim();
      if (text !== "") this.#thought = text;
      return;
    }
    const message = NUMBERED_LINE.test(line)
      ? `malformed action line ${quote(line)}: expected "N. tool(arguments)" on one line`
      : `unexpected text ${quote(line)}: expected "Thought: ..." or an action "N. tool(arguments)"`;
    this.#issue(events, "plan/syntax", message);
  }

  #handleAction(idx: number, tool: string, argsText: string, events: PlanParseEvent[]): void {
    const thought = this.#takeThought();
    if (!this.#registry.has(tool)) {
      this.#issue(events, "plan/unknown-tool", `unknown tool "${tool}" in step ${idx}`);
      return;
    }
    const parsed = parsePythonArgs(argsText, { compat: this.#compat });
    if (!parsed.ok) {
      this.#issue(
        events,
        "plan/syntax",
        `${tool}: cannot parse the arguments of step ${idx}: ${parsed.error}`,
      );
      return;
    }
    const deps = findDependencies(argsText, idx);
    this.#emitTask(events, { idx, tool, args: parsed.args, argsText, deps, isJoin: false }, thought);
  }

  #emitJoin(match: RegExpExecArray, events: PlanParseEvent[]): void {
    const idx = Number(match[1]);
    const deps = [...this.#emittedSteps].filter((step) => step < idx).sort((left, right) => left - right);
    const task = { idx, tool: "join", args: [], argsText: match[2] ?? "", deps, isJoin: true };
    this.#emitTask(events, task, this.#takeThought());
  }

  #emitTask(events: PlanParseEvent[], task: Omit<PlanTask, "line" | "thought">, thought?: string): void {
    this.#emittedSteps.add(task.idx);
    const full: PlanTask = { ...task, ...(thought === undefined ? {} : { thought }), line: this.#line };
    events.push({ type: "task", task: full });
  }

  #takeThought(): string | undefined {
    const thought = this.#thought;
    this.#thought = undefined;
    return thought;
  }

  #issue(events: PlanParseEvent[], code: string, message: string): void {
    const issue: PlanIssue = { line: this.#line, message, code };
    events.push({ type: "issue", issue });
  }
}

function quote(line: string): string {
  const text = line.trim();
  const characters = [...text];
  return JSON.stringify(characters.length > 60 ? `${characters.slice(0, 57).join("")}...` : text);
}
