// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${N}` is the plan language's reference syntax, not a template.
import { describe, expect, it } from "vitest";
import type { PlanParseEvent } from "../plan/index.js";
import { ToolFailure, ToolRegistry } from "../tools/index.js";
import { executePlan } from "./executePlan.js";
import {
  FakeBackend,
  flush,
  PushStream,
  planOf,
  recorder,
  step,
  testRegistry,
  testTool,
} from "./testFakes.js";

const registry = testRegistry();

function start(
  stream: AsyncIterable<PlanParseEvent>,
  backend: FakeBackend,
  extra: { signal?: AbortSignal } = {},
) {
  const record = recorder();
  const result = executePlan(stream, {
    registry,
    backend,
    policy: "never-ask",
    onEvent: record.onEvent,
    ...extra,
  });
  return { record, result };
}

const task = (value: ReturnType<typeof step>): PlanParseEvent => ({ type: "task", task: value });

describe("DagExecutor scheduling", () => {
  it("runs at most maxConcurrency steps at once, in ready order", async () => {
    const stream = new PushStream<PlanParseEvent>();
    const backend = new FakeBackend();
    const record = recorder();
    const result = executePlan(stream, {
      registry,
      backend,
      policy: "never-ask",
      onEvent: record.onEvent,
      maxConcurrency: 1,
    });
    stream.push(task(step(1, "lookup", ["a"])));
    stream.push(task(step(2, "lookup_b", ["b"])));
    stream.end();
    await flush();
    expect(backend.tools()).toEqual(["lookup"]);
    backend.call("lookup").result.resolve("A");
    await flush();
    expect(backend.tools()).toEqual(["lookup", "lookup_b"]);
    backend.call("lookup_b").result.resolve("B");
    expect((await result).status).toBe("completed");
  });

  it("starts a step the moment its last dependency ends, while the plan still streams", async () => {
    const stream = new PushStream<PlanParseEvent>();
    const backend = new FakeBackend();
    const { record, result } = start(stream, backend);
    stream.push(task(step(1, "lookup", ["a"])));
    stream.push(task(step(2, "lookup_b", ["b"])));
    stream.push(task(step(3, "draft", ["$1 and $2"])));
    await flush();
    expect(backend.tools()).toEqual(["lookup", "lookup_b"]);
    backend.call("lookup").result.resolve("A");
    await flush();
    expect(backend.tools()).toEqual(["lookup", "lookup_b"]);
    backend.call("lookup_b").result.resolve("B");
    await flush();
    expect(backend.call("draft").args).toEqual(["A and B"]);
    backend.call("draft").result.resolve("drafted");
    await flush();
    expect(record.trace()).toEqual([
      "task-add:1",
      "task-start:1",
      "task-add:2",
      "task-start:2",
      "task-add:3",
      "task-end:1",
      "task-end:2",
      "task-start:3",
      "task-end:3",
    ]);
    stream.end();
    const { status, outcomes } = await result;
    expect(status).toBe("completed");
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["done", "done", "done"]);
    expect(outcomes[2]?.args).toEqual(["A and B"]);
  });

  it("runs independent steps of different apps at the same time", async () => {
    const backend = new FakeBackend();
    const { result } = start(
      planOf(step(1, "lookup", ["a"]), step(2, "lookup_b", ["b"]), step(3, "write", ["c"])),
      backend,
    );
    await flush();
    expect(backend.tools()).toEqual(["lookup", "lookup_b", "write"]);
    for (const call of backend.calls) call.result.resolve("ok");
    expect((await result).status).toBe("completed");
  });

  it("runs steps of the same app one at a time, first ready first served", async () => {
    const backend = new FakeBackend();
    const { record, result } = start(
      planOf(
        step(1, "lookup_b", ["slow"]),
        step(2, "lookup", ["x"]),
        step(3, "lookup", ["$1"]),
        step(4, "lookup", ["y"]),
      ),
      backend,
    );
    await flush();
    expect(backend.tools()).toEqual(["lookup_b", "lookup"]);
    backend.call("lookup_b").result.resolve("file");
    await flush();
    // Step 3 is ready now, but step 4 was ready first and the contacts app is still busy.
    expect(backend.tools()).toEqual(["lookup_b", "lookup"]);
    backend.call("lookup", 0).result.resolve("X");
    await flush();
    expect(backend.call("lookup", 1).args).toEqual(["y"]);
    expect(backend.calls).toHaveLength(3);
    backend.call("lookup", 1).result.resolve("Y");
    await flush();
    expect(backend.call("lookup", 2).args).toEqual(["file"]);
    backend.call("lookup", 2).result.resolve("Z");
    await result;
    expect(record.of("task-start").map((event) => event.idx)).toEqual([1, 2, 4, 3]);
  });

  it("replaces $12 before $1 and accepts ${N}", async () => {
    const backend = new FakeBackend({ lookup: ([text]) => `obs-${String(text)}` });
    const steps = Array.from({ length: 12 }, (_, index) => step(index + 1, "lookup", [`${index + 1}`]));
    const last = step(13, "draft", ["$12|$1|${12}|${1}|$2"]);
    const { result } = start(planOf(...steps, last), backend);
    await flush();
    backend.call("draft").result.resolve("ok");
    const { outcomes } = await result;
    expect(backend.call("draft").args).toEqual(["obs-12|obs-1|obs-12|obs-1|obs-2"]);
    expect(outcomes[12]?.args).toEqual(["obs-12|obs-1|obs-12|obs-1|obs-2"]);
  });

  it("substitutes inside lists", async () => {
    const backend = new FakeBackend({ lookup: () => "+1 415 555 0100", lookup_b: () => "+1 650 555 0199" });
    const { record, result } = start(
      planOf(
        step(1, "lookup", ["Sid"]),
        step(2, "lookup_b", ["Lutfi"]),
        step(3, "sms", [["$1", "${2}"], "Late $1"]),
      ),
      backend,
    );
    await flush();
    backend.call("sms").result.resolve("SMS draft composed");
    await result;
    expect(backend.call("sms").args).toEqual([
      ["+1 415 555 0100", "+1 650 555 0199"],
      "Late +1 415 555 0100",
    ]);
    expect(record.of("task-start")[2]?.args).toEqual([
      ["+1 415 555 0100", "+1 650 555 0199"],
      "Late +1 415 555 0100",
    ]);
  });

  it("skips dependents of a failed step, naming the root failure", async () => {
    const builtins = new ToolRegistry();
    const backend = new FakeBackend({
      get_phone_number: ([name]) => new ToolFailure(`no contact named "${String(name)}"`),
      get_email_address: () => "sid@example.com",
    });
    const record = recorder();
    const result = await executePlan(
      planOf(
        step(1, "get_phone_number", ["Sid"]),
        step(2, "send_sms", [["$1"], "Running late"]),
        step(3, "get_email_address", ["Sid"]),
        step(4, "compose_new_email", [["$3"], [], "Late", "$2", []]),
      ),
      { registry: builtins, backend, policy: "never-ask", onEvent: record.onEvent },
    );
    expect(record.of("task-error")).toEqual([
      {
        type: "task-error",
        idx: 1,
        code: "tools/failure",
        message: 'no contact named "Sid"',
        durationMs: expect.any(Number),
      },
    ]);
    const skipped = 'Skipped: step 1 (get_phone_number "Sid") failed: no contact named "Sid"';
    expect(record.of("task-skip")).toEqual([
      { type: "task-skip", idx: 2, reason: skipped, rootIdx: 1 },
      { type: "task-skip", idx: 4, reason: skipped, rootIdx: 1 },
    ]);
    expect(backend.tools()).toEqual(["get_phone_number", "get_email_address"]);
    expect(result.status).toBe("completed");
    expect(result.outcomes.map((outcome) => outcome.status)).toEqual([
      "failed",
      "skipped",
      "done",
      "skipped",
    ]);
  });

  it("reports thrown errors: ToolFailure as-is, anything else as `Error: <message>`", async () => {
    const backend = new FakeBackend({
      lookup: () => new ToolFailure("No contacts found", { code: "sandbox/not-found" }),
      lookup_b: () => new Error("disk on fire"),
      write: () => new TypeError("x is not a function"),
    });
    const record = recorder();
    await executePlan(planOf(step(1, "lookup", ["a"]), step(2, "lookup_b", ["b"]), step(3, "write", ["c"])), {
      registry,
      backend,
      policy: "never-ask",
      onEvent: record.onEvent,
    });
    expect(record.of("task-error").map(({ code, message }) => [code, message])).toEqual([
      ["sandbox/not-found", "No contacts found"],
      ["executor/tool-error", "Error: disk on fire"],
      ["executor/tool-error", "TypeError: x is not a function"],
    ]);
  });

  it("refuses tools that are not enabled or have no implementation, and bad arguments", async () => {
    const drafts = new FakeBackend();
    const withoutBackend = {
      name: "partial",
      handler: (name: string) => (name === "draft" ? drafts.handler(name) : undefined),
    };
    const record = recorder();
    const result = await executePlan(
      planOf(step(1, "rm_rf", ["/"]), step(2, "lookup", ["a"]), step(3, "draft", ["$1"])),
      { registry, backend: withoutBackend, policy: "never-ask", onEvent: record.onEvent },
    );
    expect(record.of("task-error").map(({ idx, code, message }) => [idx, code, message])).toEqual([
      [1, "executor/unknown-tool", 'No enabled tool is named "rm_rf".'],
      [2, "executor/no-handler", 'The tool "lookup" has no implementation in the partial backend.'],
    ]);
    expect(record.of("task-skip")[0]?.reason).toBe(
      'Skipped: step 1 (rm_rf "/") failed: No enabled tool is named "rm_rf".',
    );
    expect(record.of("task-start")).toEqual([]);
    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(["failed", "failed", "skipped"]);

    const backend = new FakeBackend();
    const checked = recorder();
    await executePlan(planOf(step(1, "lookup", [42])), {
      registry,
      backend,
      policy: "never-ask",
      onEvent: checked.onEvent,
    });
    expect(backend.calls).toEqual([]);
    expect(checked.of("task-error")[0]).toMatchObject({
      code: "executor/invalid-args",
      message: expect.stringMatching(/^Wrong arguments for lookup: text: /),
    });
  });

  it("times a step out: its signal fires and it fails with executor/timeout", async () => {
    const backend = new FakeBackend();
    const record = recorder();
    const result = await executePlan(planOf(step(1, "lookup", ["a"]), step(2, "draft", ["$1"])), {
      registry,
      backend,
      policy: "never-ask",
      timeoutMs: 20,
      onEvent: record.onEvent,
    });
    const call = backend.call("lookup");
    expect(call.signal.aborted).toBe(true);
    expect(call.signal.reason).toMatchObject({ code: "executor/timeout" });
    expect(record.of("task-error")[0]).toMatchObject({
      idx: 1,
      code: "executor/timeout",
      message: "Timed out after 20 ms.",
    });
    expect(record.of("task-skip")[0]?.reason).toBe(
      'Skipped: step 1 (lookup "a") failed: Timed out after 20 ms.',
    );
    expect(result.status).toBe("completed");
  });

  it("lets a tool's own timeoutMs override the executor's default", async () => {
    const quick = new ToolRegistry([testTool("quick", "zoom", "read", { timeoutMs: 10 })]);
    const backend = new FakeBackend();
    const result = await executePlan(planOf(step(1, "quick", ["a"])), {
      registry: quick,
      backend,
      policy: "never-ask",
      timeoutMs: 60_000,
    });
    expect(result.outcomes[0]).toMatchObject({ status: "failed", error: { code: "executor/timeout" } });
  });

  it("cancels: running tools' signals fire, nothing new starts, pending steps end cancelled", async () => {
    const stream = new PushStream<PlanParseEvent>();
    const backend = new FakeBackend();
    const controller = new AbortController();
    const { record, result } = start(stream, backend, { signal: controller.signal });
    stream.push(task(step(1, "lookup", ["a"])));
    stream.push(task(step(2, "lookup_b", ["b"])));
    stream.push(task(step(3, "draft", ["$1"])));
    stream.push(task(step(4, "lookup", ["c"])));
    await flush();
    controller.abort();
    const { status, outcomes } = await result;
    expect(status).toBe("cancelled");
    expect(backend.calls.map((call) => call.signal.aborted)).toEqual([true, true]);
    // A tool that resolves after the cancel changes nothing.
    backend.call("lookup").result.resolve("late");
    await flush();
    expect(backend.tools()).toEqual(["lookup", "lookup_b"]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "cancelled",
      "cancelled",
      "cancelled",
      "cancelled",
    ]);
    expect(record.of("task-cancel").map((event) => [event.idx, event.reason])).toEqual([
      [1, "cancelled"],
      [2, "cancelled"],
      [3, "cancelled"],
      [4, "cancelled"],
    ]);
    expect(stream.returned).toBe(true);
  });

  it("skips a step whose dependency never became a step", async () => {
    const backend = new FakeBackend({ lookup: () => "A" });
    const record = recorder();
    const events: PlanParseEvent[] = [
      { type: "task", task: step(1, "lookup", ["a"]) },
      {
        type: "issue",
        issue: { line: 2, code: "plan/unknown-tool", message: 'unknown tool "fax" in step 2' },
      },
      { type: "task", task: step(3, "draft", ["$1 $2"]) },
      { type: "end", reason: "end-of-input" },
    ];
    const result = await executePlan(
      (async function* () {
        yield* events;
      })(),
      { registry, backend, policy: "never-ask", onEvent: record.onEvent },
    );
    expect(record.of("plan-issue")).toHaveLength(1);
    expect(record.of("task-skip")).toEqual([
      { type: "task-skip", idx: 3, reason: "Skipped: step 2 could not be parsed", rootIdx: 2 },
    ]);
    expect(result.issues).toEqual([events[1] && "issue" in events[1] ? events[1].issue : undefined]);
  });

  it("ends the run as failed when the plan stream throws", async () => {
    const backend = new FakeBackend();
    const result = await executePlan(
      (async function* (): AsyncGenerator<PlanParseEvent> {
        yield { type: "task", task: step(1, "lookup", ["a"]) };
        throw new Error("model crashed");
      })(),
      { registry, backend, policy: "never-ask" },
    );
    expect(result).toMatchObject({ status: "failed", reason: "The plan stream failed: model crashed" });
    expect(backend.call("lookup").signal.aborted).toBe(true);
    expect(result.outcomes[0]?.status).toBe("cancelled");
  });
});
