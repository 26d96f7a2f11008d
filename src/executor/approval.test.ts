import { describe, expect, it } from "vitest";
import type { PlanParseEvent } from "../plan/index.js";
import { ApprovalGate } from "./ApprovalGate.js";
import type { ApprovalPolicy, ApprovalRequest } from "./ApprovalPolicy.js";
import { executePlan } from "./executePlan.js";
import {
  deferred,
  FakeBackend,
  flush,
  PushStream,
  planOf,
  recorder,
  step,
  testRegistry,
} from "./testFakes.js";

const registry = testRegistry();
const task = (value: ReturnType<typeof step>): PlanParseEvent => ({ type: "task", task: value });

/** A plan streamed by hand: a read, a draft that uses it, an independent write. */
function streamedPlan() {
  const stream = new PushStream<PlanParseEvent>();
  stream.push(task(step(1, "lookup", ["Sid"])));
  stream.push(task(step(2, "sms", [["$1"], "Running late"])));
  stream.push(task(step(3, "write", ["Lunch"])));
  return stream;
}

function run(policy: ApprovalPolicy, approve?: (request: ApprovalRequest) => Promise<boolean>) {
  const stream = streamedPlan();
  const backend = new FakeBackend();
  const record = recorder();
  const result = executePlan(stream, {
    registry,
    backend,
    policy,
    onEvent: record.onEvent,
    ...(approve ? { approve: (request) => approve(request) } : {}),
  });
  return { stream, backend, record, result };
}

describe("approval gate", () => {
  it("ask-for-writes: reads run while the plan streams, drafts and writes wait for one approval", async () => {
    const decision = deferred<boolean>();
    const requests: ApprovalRequest[] = [];
    const { stream, backend, record, result } = run("ask-for-writes", (request) => {
      requests.push(request);
      return decision.promise;
    });
    await flush();
    expect(backend.tools()).toEqual(["lookup"]);
    backend.call("lookup").result.resolve("+14155550100");
    await flush();
    expect(backend.tools()).toEqual(["lookup"]);
    expect(requests).toEqual([]);
    stream.end();
    await flush();
    expect(requests).toEqual([
      {
        tasks: [
          { idx: 2, tool: "sms", args: [["$1"], "Running late"], risk: "draft" },
          { idx: 3, tool: "write", args: ["Lunch"], risk: "write" },
        ],
      },
    ]);
    expect(record.of("approval-request")).toEqual([{ type: "approval-request", tasks: requests[0]?.tasks }]);
    expect(backend.tools()).toEqual(["lookup"]);
    decision.resolve(true);
    await flush();
    expect(backend.tools()).toEqual(["lookup", "sms", "write"]);
    expect(backend.call("sms").args).toEqual([["+14155550100"], "Running late"]);
    for (const call of backend.calls.slice(1)) call.result.resolve("ok");
    expect((await result).status).toBe("completed");
    expect(record.trace().indexOf("approval-end")).toBeLessThan(record.trace().indexOf("task-start:2"));
  });

  it("deny: no draft or write ever starts, pending steps are cancelled, running reads may finish", async () => {
    const { stream, backend, record, result } = run("ask-for-writes", async () => false);
    stream.push(task(step(4, "lookup_b", ["report.pdf"])));
    stream.end();
    await flush();
    expect(record.of("approval-end")).toEqual([{ type: "approval-end", approved: false }]);
    backend.call("lookup").result.resolve("+14155550100");
    backend.call("lookup_b").result.resolve("/tmp/report.pdf");
    const { status, reason, outcomes } = await result;
    expect(backend.tools()).toEqual(["lookup", "lookup_b"]);
    expect(status).toBe("denied");
    expect(reason).toBe("The plan was not approved.");
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["done", "cancelled", "cancelled", "done"]);
    expect(record.of("task-cancel")).toEqual([
      { type: "task-cancel", idx: 2, reason: "denied" },
      { type: "task-cancel", idx: 3, reason: "denied" },
    ]);
  });

  it("denies held steps when there is no approver, saying how to approve", async () => {
    const { stream, backend, record, result } = run("ask-for-writes");
    stream.end();
    await flush();
    backend.call("lookup").result.resolve("+14155550100");
    const { status, reason } = await result;
    expect(status).toBe("denied");
    expect(reason).toMatch(
      /^Approval is needed to run sms \(step 2\), write \(step 3\), but no approver was given/,
    );
    expect(record.of("approval-end")).toEqual([{ type: "approval-end", approved: false, reason }]);
  });

  it("asks nothing when no step needs approval", async () => {
    const backend = new FakeBackend({ lookup: () => "A", lookup_b: () => "B" });
    const record = recorder();
    const result = await executePlan(planOf(step(1, "lookup", ["a"]), step(2, "lookup_b", ["$1"])), {
      registry,
      backend,
      onEvent: record.onEvent,
    });
    expect(result.status).toBe("completed");
    expect(record.trace().filter((type) => type.startsWith("approval"))).toEqual([]);
  });

  it("ask-always: nothing runs before approval", async () => {
    const decision = deferred<boolean>();
    const requests: ApprovalRequest[] = [];
    const { stream, backend, result } = run("ask-always", (request) => {
      requests.push(request);
      return decision.promise;
    });
    await flush();
    stream.end();
    await flush();
    expect(backend.calls).toEqual([]);
    expect(requests[0]?.tasks.map((item) => [item.idx, item.risk])).toEqual([
      [1, "read"],
      [2, "draft"],
      [3, "write"],
    ]);
    decision.resolve(true);
    await flush();
    expect(backend.tools()).toEqual(["lookup", "write"]);
    backend.call("lookup").result.resolve("A");
    await flush();
    for (const call of backend.calls.slice(1)) call.result.resolve("ok");
    expect((await result).status).toBe("completed");
  });

  it("never-ask: writes run as soon as they are ready, before the plan ends", async () => {
    let asked = false;
    const { stream, backend, record, result } = run("never-ask", async () => {
      asked = true;
      return true;
    });
    await flush();
    expect(backend.tools()).toEqual(["lookup", "write"]);
    backend.call("lookup").result.resolve("A");
    await flush();
    expect(backend.tools()).toEqual(["lookup", "write", "sms"]);
    for (const call of backend.calls.slice(1)) call.result.resolve("ok");
    stream.end();
    expect((await result).status).toBe("completed");
    expect(asked).toBe(false);
    expect(record.trace().filter((type) => type.startsWith("approval"))).toEqual([]);
  });

  it("an approver that throws ends the run as failed, starting nothing held", async () => {
    const { stream, backend, result } = run("ask-for-writes", async () => {
      throw new Error("dialog crashed");
    });
    stream.end();
    await flush();
    backend.call("lookup").result.resolve("A");
    expect(await result).toMatchObject({ status: "failed", reason: "Approval failed: dialog crashed" });
    expect(backend.tools()).toEqual(["lookup"]);
  });

  it("a cancel while approval is open cancels the run and the approver's signal", async () => {
    const controller = new AbortController();
    let approverSignal: AbortSignal | undefined;
    const stream = streamedPlan();
    const backend = new FakeBackend({ lookup: () => "A" });
    const result = executePlan(stream, {
      registry,
      backend,
      signal: controller.signal,
      approve: (_, { signal }) => {
        approverSignal = signal;
        return new Promise(() => {});
      },
    });
    stream.end();
    await flush();
    controller.abort();
    const { status, outcomes } = await result;
    expect(status).toBe("cancelled");
    expect(approverSignal?.aborted).toBe(true);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["done", "cancelled", "cancelled"]);
  });
});

describe("ApprovalGate", () => {
  it("answers the open request with approve() or deny()", async () => {
    const gate = new ApprovalGate();
    const request = { tasks: [] };
    const answer = gate.approver(request, { signal: new AbortController().signal });
    expect(gate.pending).toBe(request);
    gate.approve();
    gate.deny();
    expect(await answer).toBe(true);
    expect(gate.pending).toBeUndefined();
  });

  it("keeps a decision made before the request for the next request", async () => {
    const gate = new ApprovalGate();
    gate.deny();
    expect(await gate.approver({ tasks: [] }, { signal: new AbortController().signal })).toBe(false);
  });

  it("rejects when the run is cancelled", async () => {
    const gate = new ApprovalGate();
    const controller = new AbortController();
    const answer = gate.approver({ tasks: [] }, { signal: controller.signal });
    controller.abort();
    await expect(answer).rejects.toMatchObject({ code: "base/aborted" });
    expect(gate.pending).toBeUndefined();
  });

  it("drives a run as the approver", async () => {
    const gate = new ApprovalGate();
    const backend = new FakeBackend({ lookup: () => "A", write: () => "created" });
    const record = recorder();
    const result = executePlan(planOf(step(1, "lookup", ["a"]), step(2, "write", ["$1"])), {
      registry,
      backend,
      approve: gate.approver,
      onEvent: (event) => {
        record.onEvent(event);
        if (event.type === "approval-request") gate.approve();
      },
    });
    expect((await result).status).toBe("completed");
    expect(backend.tools()).toEqual(["lookup", "write"]);
  });
});
