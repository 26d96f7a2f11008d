import { describe, expect, it } from "vitest";
import { isAbortError, TinyAgentError } from "../base/index.js";
import type { Planner, PlannerPart, PlannerStats, PlanRequest } from "../planner/index.js";
import { ToolRegistry } from "../tools/index.js";
import type { EvalRowInput } from "./evalRowSchema.js";
import { evaluatePlanner } from "./evaluatePlanner.js";
import { testPlannerStats } from "./testPlannerStats.js";

const ROWS: EvalRowInput[] = [
  {
    id: "sms",
    now: "2024-05-24T14:05",
    query: "Text Sid that I'm running late",
    plan: '1. get_phone_number("Sid")\n2. send_sms(["$1"], "Running late")\n3. join()<END_OF_PLAN>',
  },
  {
    id: "email",
    now: "2024-05-27T09:30",
    query: "Email Lutfi the agenda for Friday",
    plan:
      '1. get_email_address("Lutfi")\n' +
      '2. compose_new_email(["$1"], [], "Agenda", "The agenda for Friday", [])\n' +
      "3. join()<END_OF_PLAN>",
  },
  {
    id: 7,
    now: "2024-05-24 11:00",
    query: "Lunch tomorrow at noon",
    plan: '1. create_calendar_event("Lunch", "2024-05-25 12:00:00", "2024-05-25 13:00:00", "", [], "", None)\n2. join()<END_OF_PLAN>',
  },
];

const stats = (promptTokens: number): PlannerStats => testPlannerStats(promptTokens, 10);

/**
 * A scripted planner: `script` turns each request (and its 1-based call number) into the parts it
 * streams; an Error in the list is thrown at that point of the stream.
 */
function fakePlanner(script: (request: PlanRequest, call: number) => (PlannerPart | Error)[]): Planner & {
  requests: PlanRequest[];
} {
  const requests: PlanRequest[] = [];
  return {
    requests,
    async *plan(request) {
      requests.push(request);
      for (const part of script(request, requests.length)) {
        await Promise.resolve();
        if (part instanceof Error) throw part;
        yield part;
      }
    },
  };
}

/** Streams `text` in small pieces, as a model does. */
function streamed(text: string, promptTokens = 100): PlannerPart[] {
  const pieces = text.match(/[\s\S]{1,7}/g) ?? [];
  return [
    ...pieces.map((piece) => ({ type: "text-delta" as const, text: piece })),
    { type: "plan-end" as const, stats: stats(promptTokens) },
  ];
}

const goldFor = (request: PlanRequest) => {
  const row = ROWS.find((candidate) => request.user === `Question: ${candidate.query}`);
  if (row === undefined) throw new Error(`unexpected request ${request.user}`);
  return row.plan;
};

describe("evaluatePlanner", () => {
  it("scores an oracle planner that returns the gold plans at 100 %", async () => {
    const oracle = fakePlanner((request, call) => streamed(goldFor(request), 100 * call));
    const report = await evaluatePlanner(ROWS, oracle);
    expect(Object.keys(report)).toEqual([
      "n",
      "success_rate",
      "strict_success_rate",
      "malformed_rate",
      "tool_recall",
      "tool_precision",
      "latency_ms",
      "prompt_tokens_mean",
      "resumed_rows",
      "rows",
    ]);
    expect(report).toMatchObject({
      n: 3,
      success_rate: 1,
      strict_success_rate: 1,
      malformed_rate: 0,
      tool_recall: 1,
      tool_precision: 1,
      prompt_tokens_mean: 200,
    });
    expect(report.rows.map((row) => Object.keys(row))).toEqual(
      ROWS.map(() => ["id", "pred", "success", "strict_success", "malformed", "latency_ms"]),
    );
    expect(
      report.rows.map((row) => [row.id, row.pred, row.success, row.strict_success, row.malformed]),
    ).toEqual([
      ["sms", ROWS[0]?.plan, 1, 1, false],
      ["email", ROWS[1]?.plan, 1, 1, false],
      ["7", ROWS[2]?.plan, 1, 1, false],
    ]);
    const latencies = report.rows.map((row) => row.latency_ms);
    for (const latency of latencies) expect(latency).toBeGreaterThanOrEqual(0);
    expect(latencies).toContain(report.latency_ms.p50);
    expect(latencies).toContain(report.latency_ms.p95);
    expect(report.latency_ms.p95).toBeGreaterThanOrEqual(report.latency_ms.p50);
  });

  it("asks with each row's local time as the date line, all tools, the grammar and the stop", async () => {
    const oracle = fakePlanner((request) => streamed(goldFor(request)));
    await evaluatePlanner(ROWS, oracle);
    const [first, second, third] = oracle.requests;
    expect(first?.system).toContain("Today's date is Friday 2024-05-24 14:05\n");
    expect(second?.system).toContain("Today's date is Monday 2024-05-27 09:30\n");
    expect(third?.system).toContain("Today's date is Friday 2024-05-24 11:00\n");
    expect(first?.system).toContain("from the following 17 types:");
    expect(first?.user).toBe("Question: Text Sid that I'm running late");
    expect(first?.stop).toEqual(["<END_OF_PLAN>"]);
    expect(first?.grammar).toContain("root ::= step-1");
  });

  it("scores a garbage planner at 0 % and all malformed, without throwing", async () => {
    const garbage = fakePlanner(() => streamed("Sure! Here is your plan: call Sid, then text him.\n"));
    const report = await evaluatePlanner(ROWS, garbage);
    expect(report).toMatchObject({
      n: 3,
      success_rate: 0,
      strict_success_rate: 0,
      malformed_rate: 1,
      tool_recall: 0,
      tool_precision: 0,
    });
    expect(report.rows.every((row) => row.malformed && row.error === undefined)).toBe(true);
  });

  it("records a planner that throws as a failed row and goes on", async () => {
    const flaky = fakePlanner((request, call) => {
      if (call === 1) return [new TinyAgentError("planner/decode", "Decoding failed: out of memory")];
      if (call === 2)
        return [{ type: "text-delta", text: '1. get_email_address("Lu' }, new Error("stream broke mid-plan")];
      return streamed(goldFor(request));
    });
    const report = await evaluatePlanner(ROWS, flaky);
    expect(report.rows[0]).toMatchObject({
      id: "sms",
      pred: "",
      success: 0,
      strict_success: 0,
      malformed: true,
      error: "planner/decode: Decoding failed: out of memory",
    });
    expect(report.rows[1]).toMatchObject({
      pred: '1. get_email_address("Lu',
      malformed: true,
      error: "stream broke mid-plan",
    });
    expect(report.rows[2]).toMatchObject({ success: 1, malformed: false });
    expect(report.rows[2]).not.toHaveProperty("error");
    expect(report).toMatchObject({
      n: 3,
      success_rate: 0.3333,
      malformed_rate: 0.6667,
      prompt_tokens_mean: 100,
    });
  });

  it("survives a planner whose plan() throws before returning a stream", async () => {
    const broken: Planner = {
      plan() {
        throw new Error("not connected");
      },
    };
    const report = await evaluatePlanner(ROWS.slice(0, 1), broken);
    expect(report.rows[0]).toMatchObject({ malformed: true, error: "not connected" });
    expect(report.prompt_tokens_mean).toBeNull();
  });

  it("keeps only the text after a plan-reset", async () => {
    const correcting = fakePlanner((request) => [
      { type: "text-delta", text: "1. call_sid()\n" },
      { type: "plan-reset", reason: 'line 1: unknown tool "call_sid"' },
      ...streamed(goldFor(request)),
    ]);
    const report = await evaluatePlanner(ROWS, correcting);
    expect(report.success_rate).toBe(1);
    expect(report.rows.map((row) => row.pred)).toEqual(ROWS.map((row) => row.plan));
  });

  it("evaluates only the first `limit` rows and reports progress", async () => {
    const oracle = fakePlanner((request) => streamed(goldFor(request)));
    const progress: string[] = [];
    const report = await evaluatePlanner(ROWS, oracle, {
      limit: 2,
      onRow: (row, { index, total }) => progress.push(`${index + 1}/${total} ${row.id}`),
    });
    expect(report.n).toBe(2);
    expect(progress).toEqual(["1/2 sms", "2/2 email"]);
    await expect(evaluatePlanner(ROWS, oracle, { limit: 0 })).rejects.toMatchObject({ code: "eval/options" });
  });

  it("offers a tool subset in the prompt while scoring against the full registry", async () => {
    const oracle = fakePlanner((request) => streamed(goldFor(request)));
    const tools = new ToolRegistry().select(["get_phone_number", "send_sms"]);
    const report = await evaluatePlanner(ROWS, oracle, { tools, grammar: false });
    expect(oracle.requests[0]?.system).toContain("from the following 3 types:");
    expect(oracle.requests[0]).not.toHaveProperty("grammar");
    expect(report.success_rate).toBe(1);
  });

  it("rejects invalid rows before planning anything, naming each row", async () => {
    const oracle = fakePlanner((request) => streamed(goldFor(request)));
    const rows = [
      ROWS[0],
      { ...ROWS[1], now: "2024-05-27T09:30:00Z" },
      { id: "x", now: "2024-05-24T14:05", query: "", plan: "1. join()" },
    ] as EvalRowInput[];
    const error = await evaluatePlanner(rows, oracle).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: "eval/data" });
    const message = (error as Error).message;
    expect(message).toContain("row 2: now: must be a local time without a time zone");
    expect(message).toContain("row 3: query: must not be empty");
    expect(message).toContain("row 3: plan: must be a plan ending in join()<END_OF_PLAN>");
    expect(oracle.requests).toHaveLength(0);
  });

  it("stops with AbortError when cancelled, mid-run", async () => {
    const controller = new AbortController();
    const planner = fakePlanner((request) => streamed(goldFor(request)));
    const run = evaluatePlanner(ROWS, planner, {
      signal: controller.signal,
      onRow: () => controller.abort(),
    });
    await expect(run).rejects.toSatisfy(isAbortError);
    expect(planner.requests).toHaveLength(1);
  });

  it("rethrows a planner's abort as cancellation only when the run's signal fired", async () => {
    const controller = new AbortController();
    const aborting: Planner = {
      // biome-ignore lint/correctness/useYield: a stream that fails before its first part
      async *plan() {
        controller.abort();
        throw new Error("aborted by signal");
      },
    };
    await expect(evaluatePlanner(ROWS, aborting, { signal: controller.signal })).rejects.toSatisfy(
      isAbortError,
    );
  });

  it("plans with the compact profile: one user message with the row's date and the question", async () => {
    const requests: PlanRequest[] = [];
    const oracle = fakePlanner((request) => {
      requests.push(request);
      const row = ROWS.find((candidate) => request.user.includes(`\nQuestion: ${candidate.query}\nPlan:\n`));
      if (row === undefined) throw new Error(`unexpected request ${request.user}`);
      return streamed(row.plan);
    });
    const report = await evaluatePlanner(ROWS, oracle, { profile: "compact" });
    expect(report.success_rate).toBe(1);
    expect(requests[0]?.system).toBeUndefined();
    expect(requests[0]?.user).toMatch(/^Date: /);
  });

  it("counts the rows whose plan went on with a required tool", async () => {
    const resumedOnce = fakePlanner((request, call) => {
      const parts = streamed(goldFor(request));
      const end = parts.at(-1);
      if (call !== 2 || end?.type !== "plan-end") return parts;
      return [...parts.slice(0, -1), { ...end, stats: { ...end.stats, resumes: 1 } }];
    });
    const report = await evaluatePlanner(ROWS, resumedOnce);
    expect(report.resumed_rows).toBe(1);
    expect(report.rows.map((row) => row.resumes)).toEqual([undefined, 1, undefined]);
  });

  it("plans each row with the tools and examples a ToolRAG selector picks", async () => {
    const requests: PlanRequest[] = [];
    const oracle = fakePlanner((request) => {
      requests.push(request);
      const row = ROWS.find((candidate) => request.user === `Question: ${candidate.query}`);
      return streamed(row?.plan ?? "1. join()<END_OF_PLAN>");
    });
    const registry = new ToolRegistry();
    const selector = {
      async select() {
        return {
          tools: registry.select(["get_phone_number", "send_sms"]),
          scores: {},
          fallback: false,
          noTool: false,
          required: ["send_sms"],
          examples: [
            'Question: Text Mom hi\n1. get_phone_number("Mom")\n2. send_sms(["$1"], "hi")\n3. join()<END_OF_PLAN>\n',
          ],
        };
      },
    };
    await evaluatePlanner(ROWS.slice(0, 1), oracle, { toolSelector: selector });
    expect(requests[0]?.system).toContain("an action from the following 3 types");
    expect(requests[0]?.system).toContain("Question: Text Mom hi\n");
    expect(requests[0]?.grammar).not.toContain("compose_new_email");
    expect(requests[0]?.requiredCalls?.tools).toEqual(["send_sms"]);
  });
});
