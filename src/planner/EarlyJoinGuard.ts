/** A plan that reached its join while it still owed required tools. */
export interface EarlyJoin {
  /** The plan text before the join, up to and including the join line's `N. `. */
  readonly prefix: string;
  /** N, the number of the join line: the step that must call an owed tool instead. */
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
 * but its `N. ` is ever passed on, and the plan can go on from there with an owed call.
 */
export class EarlyJoinGuard {
  #required: readonly string[];
  #text = "";
  #passed = 0;
  #stopped = false;

  constructor(required: readonly string[]) {
    this.#required = required;
  }

  /** Takes newly decoded text; after an early join was found, passes none of it (see release). */
  push(text: string): GuardedText {
    this.#text += text;
    if (this.#stopped) return { text: "" };
    const lineStart = this.#text.lastIndexOf("\n") + 1;
    const line = this.#text.slice(lineStart);
    const join = JOIN_LINE.exec(line);
    if (join !== null) {
      const called = new Set([...this.#text.slice(0, lineStart).matchAll(CALL_LINE)].map((m) => m[1]));
      const owed = this.#required.filter((tool) => !called.has(tool));
      if (owed.length > 0) {
        this.#stopped = true;
        const prefix = this.#text.slice(0, lineStart + line.indexOf("join"));
        return { text: this.#take(lineStart), earlyJoin: { prefix, step: Number(join[1]), owed } };
      }
    }
    const holdFrom = join === null && JOIN_LINE_START.test(line) ? lineStart : this.#text.length;
    return { text: this.#take(holdFrom) };
  }

  /**
   * Lets the plan join after all (it cannot go on: no step left for an owed call): returns the text
   * held back, and passes everything that follows.
   */
  release(): string {
    this.#stopped = false;
    this.#required = [];
    return this.#take(this.#text.length);
  }

  /** The text still held back, once decoding has ended. */
  flush(): string {
    return this.#stopped ? "" : this.#take(this.#text.length);
  }

  #take(end: number): string {
    const text = this.#text.slice(this.#passed, end);
    this.#passed = Math.max(this.#passed, end);
    return text;
  }
}
