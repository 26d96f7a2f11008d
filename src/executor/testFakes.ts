import type { PlanParseEvent, PlanTask, PlanValue } from "../plan/index.js";
import {
  defineTool,
  type RiskTier,
  type ToolBackend,
  type ToolHandler,
  type ToolParam,
  ToolRegistry,
  type ToolSpec,
} from "../tools/index.js";
import type { ExecutorEvent } from "./ExecutorEvent.js";

/** Test helpers for the executor's tests (not exported from index.ts). */

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

const text = (name: string): ToolParam => ({ name, type: "str", kind: "free-text", nullable: false });

export function testTool(
  name: string,
  app: string,
  risk: RiskTier,
  extra: { params?: ToolParam[]; timeoutMs?: number } = {},
): ToolSpec {
  return defineTool({
    name,
    app,
    risk,
    params: extra.params ?? [text("text")],
    bullets: [`Test tool ${name}.`],
    ...(extra.timeoutMs === undefined ? {} : { timeoutMs: extra.timeoutMs }),
  });
}

/** lookup (contacts, read), lookup_b (files, read), draft (mail), write (calendar), write_b (notes), sms (list + text). */
export function testRegistry(extra: ToolSpec[] = []): ToolRegistry {
  return new ToolRegistry([
    testTool("lookup", "contacts", "read"),
    testTool("lookup_b", "files", "read"),
    testTool("draft", "mail", "draft"),
    testTool("write", "calendar", "write"),
    testTool("write_b", "notes", "write"),
    testTool("sms", "sms", "draft", {
      params: [
        { name: "recipients", type: "list[str]", kind: "phone-list", nullable: false },
        text("message"),
      ],
    }),
    ...extra,
  ]);
}

export interface FakeCall {
  readonly tool: string;
  readonly args: readonly unknown[];
  readonly signal: AbortSignal;
  readonly result: Deferred<string>;
}

/**
 * A scripted backend: every call is recorded with a deferred result the test settles; tools in
 * `auto` settle at once (a returned Error rejects).
 */
export class FakeBackend implements ToolBackend {
  readonly name = "fake";
  readonly calls: FakeCall[] = [];
  readonly #auto: Record<string, (args: readonly unknown[]) => string | Error>;

  constructor(auto: Record<string, (args: readonly unknown[]) => string | Error> = {}) {
    this.#auto = auto;
  }

  handler(tool: string): ToolHandler {
    return (args, { signal }) => {
      const call: FakeCall = { tool, args, signal, result: deferred<string>() };
      this.calls.push(call);
      const auto = this.#auto[tool];
      if (auto) {
        const value = auto(args);
        if (value instanceof Error) call.result.reject(value);
        else call.result.resolve(value);
      }
      return call.result.promise;
    };
  }

  /** The `nth` call of `tool`; throws when there is none, so a missing start fails the test. */
  call(tool: string, nth = 0): FakeCall {
    const call = this.calls.filter((candidate) => candidate.tool === tool)[nth];
    if (!call)
      throw new Error(`no call ${nth} of ${tool}; calls: ${this.calls.map((c) => c.tool).join(", ")}`);
    return call;
  }

  tools(): string[] {
    return this.calls.map((call) => call.tool);
  }
}

/** A PlanTask as the parser would emit it; deps default to the `$N`/`${N}` found in the args. */
export function step(idx: number, tool: string, args: PlanValue[] = [], deps?: number[]): PlanTask {
  const argsText = JSON.stringify(args).slice(1, -1);
  const found = [...argsText.matchAll(/\$\{?(\d+)\}?/g)].map((match) => Number(match[1]));
  return {
    idx,
    tool,
    args,
    argsText,
    deps: deps ?? [...new Set(found)].filter((dep) => dep < idx).sort((a, b) => a - b),
    line: idx,
    isJoin: false,
  };
}

/** An async iterable the test feeds by hand; records whether the consumer stopped it early. */
export class PushStream<T> implements AsyncIterable<T> {
  readonly #values: T[] = [];
  #waiting: ((result: IteratorResult<T>) => void) | undefined;
  #ended = false;
  returned = false;

  push(value: T): void {
    if (this.#waiting) {
      const waiting = this.#waiting;
      this.#waiting = undefined;
      waiting({ value, done: false });
    } else this.#values.push(value);
  }

  end(): void {
    this.#ended = true;
    this.#waiting?.({ value: undefined, done: true });
    this.#waiting = undefined;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => {
        const value = this.#values.shift();
        if (value !== undefined) return Promise.resolve({ value, done: false });
        if (this.#ended || this.returned) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => {
          this.#waiting = resolve;
        });
      },
      return: () => {
        this.returned = true;
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}

/** A finished stream of task events. */
export async function* planOf(...tasks: PlanTask[]): AsyncGenerator<PlanParseEvent> {
  for (const task of tasks) yield { type: "task", task };
  yield { type: "end", reason: "join" };
}

/** Lets every pending promise callback run (one macrotask turn); no time passes for the code under test. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function recorder() {
  const events: ExecutorEvent[] = [];
  return {
    events,
    onEvent: (event: ExecutorEvent) => events.push(event),
    /** `type` or `type:idx` of each event, for order assertions. */
    trace: () =>
      events.map((event) =>
        "idx" in event
          ? `${event.type}:${event.idx}`
          : "task" in event
            ? `${event.type}:${event.task.idx}`
            : event.type,
      ),
    of: <K extends ExecutorEvent["type"]>(type: K) =>
      events.filter((event): event is Extract<ExecutorEvent, { type: K }> => event.type === type),
  };
}
