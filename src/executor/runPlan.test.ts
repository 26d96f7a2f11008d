import { describe, expect, it } from "vitest";
import { ToolFailure, ToolRegistry } from "../tools/index.js";
import type { Joiner } from "./Joiner.js";
import { runPlan } from "./runPlan.js";
import { FakeBackend, flush, PushStream, recorder } from "./testFakes.js";

const registry = new ToolRegistry();

async function* chunksOf(text: string, size = 7): AsyncGenerator<string> {
  for (let index = 0; index < text.length; index += size) yield text.slice(index, index + size);
}

const SMS_PLAN = [
  "Thought: I need Sid's number first.",
  '1. get_phone_number("Sid")',
  '2. send_sms(["$1"], "Running late")',
  "Thought: I have drafted the message.",
  "3. join()<END_OF_PLAN>",
].join("\n");

describe("runPlan", () => {
  it("streams text through the parser and executor, then answers with the joiner", async () => {
    const backend = new FakeBackend({
      get_phone_number: () => "+14155550100",
      send_sms: () => "SMS draft composed",
    });
    const record = recorder();
    const result = await runPlan(chunksOf(SMS_PLAN), {
      query: "Text Sid that I'm running late",
      registry,
      backend,
      approve: async () => true,
      onEvent: record.onEvent,
    });
    expect(result.status).toBe("completed");
    expect(result.answer).toBe("Drafted an SMS to +14155550100.");
    expect(result.decision).toEqual({ kind: "finish", answer: "Drafted an SMS to +14155550100." });
    expect(backend.call("send_sms").args).toEqual([["+14155550100"], "Running late"]);
    const tokens = record.of("plan-token").map((event) => event.text);
    // The join line ends the plan: chunks after it are not pulled.
    expect(SMS_PLAN.startsWith(tokens.join(""))).toBe(true);
    expect(tokens.join("")).toContain("3. join()");
    const trace = record.trace().filter((type) => !type.startsWith("plan-token"));
    expect([...trace].sort()).toEqual(
      [
        "task-add:1",
        "task-start:1",
        "task-end:1",
        "task-add:2",
        "approval-request",
        "approval-end",
        "task-start:2",
        "task-end:2",
        "join-start",
        "answer",
        "run-end",
      ].sort(),
    );
    const expectBefore = (first: string, second: string) =>
      expect(trace.indexOf(first)).toBeLessThan(trace.indexOf(second));
    expectBefore("task-start:1", "approval-request");
    expectBefore("task-add:2", "approval-request");
    expectBefore("approval-end", "task-start:2");
    expect(trace.slice(-4)).toEqual(["task-end:2", "join-start", "answer", "run-end"]);
    const end = record.of("run-end")[0];
    expect(end?.status).toBe("completed");
    expect(end?.timings).toEqual(result.timings);
    const { timings } = result;
    expect(timings.firstTaskStartMs).toBeLessThanOrEqual(timings.planEndMs);
    expect(timings.planEndMs).toBeLessThanOrEqual(timings.tasksEndMs);
    expect(timings.runEndMs).toBeGreaterThanOrEqual(timings.joinEndMs ?? Number.POSITIVE_INFINITY);
  });

  it("runs a read before the plan has finished streaming", async () => {
    const chunks = new PushStream<string>();
    const backend = new FakeBackend({ get_phone_number: () => "+14155550100" });
    const result = runPlan(chunks, { query: "q", registry, backend, policy: "never-ask" });
    chunks.push('1. get_phone_number("Sid")\n2. send_sms(["$1"], "hi")\n');
    await flush();
    expect(backend.tools()).toEqual(["get_phone_number", "send_sms"]);
    backend.call("send_sms").result.resolve("SMS draft composed");
    chunks.push("3. join()");
    expect((await result).status).toBe("completed");
    // join ended the plan: the planner's stream is stopped, not read to its end.
    expect(chunks.returned).toBe(true);
  });

  it("skips steps that depend on a line that could not be parsed", async () => {
    const backend = new FakeBackend({ get_email_address: () => "sid@example.com" });
    const record = recorder();
    const result = await runPlan(
      chunksOf('1. get_fax_number("Sid")\n2. get_email_address("Sid")\n3. send_sms(["$1"], "$2")\n4. join()'),
      { query: "q", registry, backend, approve: async () => true, onEvent: record.onEvent },
    );
    expect(record.of("plan-issue").map((event) => event.issue.code)).toEqual(["plan/unknown-tool"]);
    expect(record.of("task-skip")).toEqual([
      { type: "task-skip", idx: 3, reason: "Skipped: step 1 could not be parsed", rootIdx: 1 },
    ]);
    expect(record.of("approval-request")).toEqual([]);
    expect(result.status).toBe("completed");
    expect(result.answer).toBe(
      "Sid's email address is sid@example.com. I didn't draft an SMS: step 1 of the plan could not be understood.",
    );
  });

  it("denies draft and write steps without an approver and skips the joiner", async () => {
    const backend = new FakeBackend({ get_phone_number: () => "+14155550100" });
    const record = recorder();
    const result = await runPlan(chunksOf(SMS_PLAN), {
      query: "q",
      registry,
      backend,
      onEvent: record.onEvent,
    });
    expect(result.status).toBe("denied");
    expect(result.reason).toMatch(/no approver was given/);
    expect(result.answer).toBeUndefined();
    expect(backend.tools()).toEqual(["get_phone_number"]);
    expect(record.of("run-end")[0]).toMatchObject({ status: "denied", reason: result.reason });
    expect(record.trace()).not.toContain("join-start");
  });

  it("passes outcomes to the joiner and surfaces a replan decision", async () => {
    const backend = new FakeBackend({ get_phone_number: () => new ToolFailure("No contacts found") });
    const inputs: Parameters<Joiner["join"]>[0][] = [];
    const joiner: Joiner = {
      join: async (input) => {
        inputs.push(input);
        return { kind: "replan", thought: "Sid is not in Contacts; try Sid Sharma." };
      },
    };
    const record = recorder();
    const result = await runPlan(chunksOf('1. get_phone_number("Sid")\n2. join()'), {
      query: "Sid's number?",
      registry,
      backend,
      joiner,
      round: 1,
      final: false,
      onEvent: record.onEvent,
    });
    expect(inputs[0]).toMatchObject({ query: "Sid's number?", round: 1, final: false, issues: [] });
    expect(inputs[0]?.tasks[0]).toMatchObject({ status: "failed", error: { message: "No contacts found" } });
    expect(result).toMatchObject({ status: "completed", decision: { kind: "replan" } });
    expect(result.answer).toBeUndefined();
    expect(record.of("replan")).toEqual([
      { type: "replan", thought: "Sid is not in Contacts; try Sid Sharma.", round: 1 },
    ]);
  });

  it("ends as failed when the joiner throws", async () => {
    const backend = new FakeBackend({ get_phone_number: () => "+1" });
    const joiner: Joiner = {
      join: async () => {
        throw new Error("model unloaded");
      },
    };
    const result = await runPlan(chunksOf('1. get_phone_number("Sid")\n2. join()'), {
      query: "q",
      registry,
      backend,
      joiner,
    });
    expect(result).toMatchObject({ status: "failed", reason: "The joiner failed: model unloaded" });
  });

  it("answers a join-only plan", async () => {
    const result = await runPlan(chunksOf("1. join()<END_OF_PLAN>"), {
      query: "Fly me to the moon",
      registry,
      backend: new FakeBackend(),
    });
    expect(result.answer).toBe("Sorry, I can't do that with the tools I have.");
  });

  it("cancels while the planner is still streaming", async () => {
    const chunks = new PushStream<string>();
    const backend = new FakeBackend();
    const controller = new AbortController();
    const record = recorder();
    const result = runPlan(chunks, {
      query: "q",
      registry,
      backend,
      signal: controller.signal,
      onEvent: record.onEvent,
    });
    chunks.push('1. get_phone_number("Sid")\n');
    await flush();
    controller.abort();
    expect(await result).toMatchObject({ status: "cancelled" });
    expect(backend.call("get_phone_number").signal.aborted).toBe(true);
    expect(chunks.returned).toBe(true);
    expect(record.trace().slice(-2)).toEqual(["task-cancel:1", "run-end"]);
  });
});
