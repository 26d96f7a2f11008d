/** A plan that reached its join while it still owed required tools. */
export interface EarlyJoin {
  /** The plan text before the join, up to and including the join line's `N.` (not its space). */
  readonly prefix: string;
  /** N, the number of the join line: the line that must call an owed tool instead. */
  readonly step: number;
  /** The required tools the plan has not called, in the order they were required. */
  readonly owed: readonly string[];
}

/** What one {@link EarlyJoinGuard.push} lets through, and the early join if it found one. */
export interface GuardedText {
  readonly text: string;
  readonly earlyJoin?: EarlyJoin;
}

/** A line that may still become `N. join(`: held back until it is known not to. */
const JOIN_LINE_START = /^(\d+(\.( (j(o(in?)?)?)?)?)?)?$/;
const JOIN_LINE = /^(\d+)\. join\(/;
const CALL_LINE = /^\d+\. (\w+)\(/gm;

/**
 * Watches plan text as it is decoded and stops it at a join that comes too early: while the plan
 * has not called every required tool. Text passes through as it arrives, except the start of a
 * line that could be `N. join(`, which waits until it is known; so nothing of an early join line
 * is passed on, and the plan can {@link resume} from its `N.` with an owed call, or
 * {@link allowJoin} after all. The text passed on is always one plan, however often it resumes.
 */
export class EarlyJoinGuard {
  #required: readonly string[];
  #text = "";
  #passed = 0;
  #earlyJoin: EarlyJoin | undefined;

  constructor(required: readonly string[]) {
    this.#required = required;
  }

  /** Takes newly decoded text; while an early join waits for a decision, passes none of it. */
  push(text: string): GuardedText {
    this.#text += text;
    if (this.#earlyJoin !== undefined) return { text: "" };
    const lineStart = this.#text.lastIndexOf("\n") + 1;
    const line = this.#text.slice(lineStart);
    const join = JOIN_LINE.exec(line);
    if (join !== null) {
      const called = new Set([...this.#text.slice(0, lineStart).matchAll(CALL_LINE)].map((m) => m[1]));
      const owed = this.#required.filter((tool) => !called.has(tool));
      if (owed.length > 0) {
        const step = join[1] as string;
        const prefix = this.#text.slice(0, lineStart + step.length + 1);
        this.#earlyJoin = { prefix, step: Number(step), owed };
        return { text: this.#take(lineStart), earlyJoin: this.#earlyJoin };
      }
    }
    const holdFrom = join === null && JOIN_LINE_START.test(line) ? lineStart : this.#text.length;
    return { text: this.#take(holdFrom) };
  }

  /**
   * The plan goes on from the early join's `N.` (decoding of the join stopped; what it decoded
   * after is dropped): returns the `N.` to pass on, and watches the text that follows.
   */
  resume(): string {
    const prefix = this.#earlyJoin?.prefix ?? this.#text;
    this.#earlyJoin = undefined;
    this.#text = prefix;
    return this.#take(prefix.length);
  }

  /**
   * Lets the plan join after all (no step or token left for an owed call): returns the text held
   * back, and passes everything that follows.
   */
  allowJoin(): string {
    this.#earlyJoin = undefined;
    this.#required = [];
    return this.#take(this.#text.length);
  }

  /** The text still held back, once decoding has ended. */
  flush(): string {
    return this.#earlyJoin !== undefined ? "" : this.#take(this.#text.length);
  }

  #take(end: number): string {
    const text = this.#text.slice(this.#passed, end);
    this.#passed = Math.max(this.#passed, end);
    return text;
  }
}
