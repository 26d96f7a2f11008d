import { describe, expect, it } from "vitest";
import { SandboxMac } from "../backends/index.js";
import type { JoinDecision, Joiner, JoinInput } from "../executor/index.js";
import type { Planner, PlannerPart, PlanRequest } from "../planner/index.js";
import type { ToolSelection, ToolSelectOptions, ToolSelector } from "../toolrag/index.js";
import { ToolRegistry } from "../tools/index.js";
import type { AgentEvent } from "./AgentEvent.js";
import { runAgent } from "./runAgent.js";
import { testPlannerStats } from "./testPlannerStats.js";

const STATS = testPlannerStats();

/** A planner that plays back scripted parts per call and records the requests it got. */
class ScriptedPlanner implements Planner {
  readonly requests: PlanRequest[] = [];
  constructor(
    readonly script: (call: number) => AsyncIterable<PlannerPart>,
    readonly revisesPlans = false,
  ) {}
  plan(request: PlanRequest): AsyncIterable<PlannerPart> {
    this.requests.push(request);
    return this.script(this.requests.length);
  }
}

async function* parts(...texts: (string | PlannerPart)[]): AsyncGenerator<PlannerPart> {
  for (const text of texts) yield typeof text === "string" ? { type: "text-delta", text } : text;
  yield { type: "plan-end", stats: STATS };
}

/** Replans in round 1 unless that round must finish, as the reference's final prompt forces. */
class ReplanOnceJoiner implements Joiner {
  readonly inputs: JoinInput[] = [];
  async join(input: JoinInput): Promise<JoinDecision> {
    this.inputs.push(input);
    if (input.round === 1 && !input.final)
      return { kind: "replan", thought: "Lan is ambiguous; use Lan Nguyễn." };
    return { kind: "finish", answer: `done in round ${input.round}` };
  }
}

const NOW = new Date(2024, 4, 24, 14, 5);

const RETRIEVED_EXAMPLE =
  'Question: Text Amir that the demo moved\n1. get_phone_number("Amir")\n2. send_sms(["$1"], "The demo moved.")\n3. join()<END_OF_PLAN>\n';

/** A selector that offers fixed tools (those of them that are enabled) and records its calls. */
class FixedSelector implements ToolSelector {
  readonly calls: { query: string; enabled: string[] }[] = [];
  constructor(readonly names: readonly string[]) {}
  async select(query: string, { registry }: ToolSelectOptions): Promise<ToolSelection> {
    this.calls.push({ query, enabled: registry.names() });
    return {
      tools: registry.select(this.names.filter((name) => registry.has(name))),
      scores: { get_phone_number: 0.97, send_sms: 0.99, create_note: 0.02 },
      fallback: false,
      noTool: false,
      required: this.names.filter((name) => name === "send_sms" && registry.has(name)),
      examples: [RETRIEVED_EXAMPLE],
    };
  }
}

function agent(planner: Planner, extra: Partial<Parameters<typeof runAgent>[1]> = {}) {
  const events: AgentEvent[] = [];
  const backend = new SandboxMac();
  const result = runAgent("Text Sid that I'm late", {
    planner,
    backend,
    registry: new ToolRegistry(),
    profile: "tinyagent",
    now: NOW,
    policy: "never-ask",
    onEvent: (event) => events.push(event),
    ...extra,
  });
  return { result, events, backend };
}

describe("runAgent", () => {
  it("starts steps while the planner is still writing", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const events: AgentEvent[] = [];
    const planner = new ScriptedPlanner(async function* () {
      yield { type: "text-delta", text: '1. get_phone_number("Sid Sharma")\n' };
      await gate;
      yield { type: "text-delta", text: '2. send_sms(["$1"], "late")\n3. join()<END_OF_PLAN>' };
      yield { type: "plan-end", stats: STATS };
    });
    const run = agent(planner, { onEvent: (event) => events.push(event) });
    while (!events.some((event) => event.type === "task-end")) await new Promise((r) => setTimeout(r, 1));
    expect(events.some((event) => event.type === "planner-end")).toBe(false);
    release();
    const result = await run.result;
    expect(result.status).toBe("completed");
    expect(run.backend.state.messages.drafts[0]?.recipients).toEqual(["+14155550101"]);
    // The stats that follow the plan's last line are still read and reported.
    expect(events.filter((event) => event.type === "planner-end")).toEqual([
      { type: "planner-end", round: 1, stats: STATS },
    ]);
    expect(result.plannerStats).toEqual([STATS]);
  });

  it("sends the tinyagent prompt with the grammar and <END_OF_PLAN> stop", async () => {
    const planner = new ScriptedPlanner(() => parts("1. join()<END_OF_PLAN>"));
    await agent(planner).result;
    const [request] = planner.requests;
    expect(request?.user).toBe("Question: Text Sid that I'm late");
    expect(request?.system).toContain("Today's date is Friday 2024-05-24 14:05");
    expect(request?.stop).toEqual(["<END_OF_PLAN>"]);
    expect(request?.grammar).toContain("root ::=");
  });

  it("replans once with the Previous Plan context, then finishes", async () => {
    const planner = new ScriptedPlanner((call) =>
      call === 1
        ? parts('1. get_phone_number("Lan")\n2. send_sms(["$1"], "late")\n3. join()<END_OF_PLAN>')
        : parts(
            'Thought: Use the full name.\n1. get_phone_number("Lan Nguyễn")\n2. send_sms(["$1"], "late")\n3. join()<END_OF_PLAN>',
          ),
    );
    const joiner = new ReplanOnceJoiner();
    const run = agent(planner, { joiner });
    const result = await run.result;
    expect(result).toMatchObject({ status: "completed", answer: "done in round 2" });
    expect(result.rounds).toHaveLength(2);
    expect(joiner.inputs.map((input) => input.final)).toEqual([false, true]);
    const replan = planner.requests[1];
    expect(replan?.system).toContain('You are given "Previous Plan"');
    expect(replan?.user).toMatch(
      /^Question: Text Sid that I'm late\nPrevious Plan:\n\n1\. get_phone_number\(Lan\)/,
    );
    expect(replan?.user).toContain("Thought: Lan is ambiguous; use Lan Nguyễn.");
    expect(replan?.user.endsWith("Current Plan:\n\n\n")).toBe(true);
    expect(run.events.filter((event) => event.type === "round-start").map((event) => event)).toMatchObject([
      { round: 1, replan: false },
      { round: 2, replan: true },
    ]);
    expect(run.backend.state.messages.drafts).toHaveLength(1);
  });

  it("lets the joiner replan no more than maxReplans times", async () => {
    const planner = new ScriptedPlanner(() => parts("1. join()<END_OF_PLAN>"));
    const joiner = new ReplanOnceJoiner();
    const result = await agent(planner, { joiner, maxReplans: 0 }).result;
    expect(planner.requests).toHaveLength(1);
    expect(joiner.inputs[0]?.final).toBe(true);
    expect(result.answer).toBe("done in round 1");
  });

  it("never replans with the compact profile, which has no replan prompt", async () => {
    const planner = new ScriptedPlanner(() => parts("1. join()<END_OF_PLAN>"));
    const joiner = new ReplanOnceJoiner();
    const result = await agent(planner, { joiner, profile: "compact" }).result;
    expect(planner.requests).toHaveLength(1);
    expect(planner.requests[0]?.user).toMatch(/^Date: Friday 2024-05-24 14:05\n/);
    expect(result.answer).toBe("done in round 1");
  });

  it("runs only the corrected plan of a planner that revises its plans", async () => {
    const planner = new ScriptedPlanner(
      () =>
        parts(
          '1. send_sms(["+100"], "first try")\n2. joi',
          { type: "plan-reset", reason: "no join" },
          '1. send_sms(["+200"], "second try")\n2. join()<END_OF_PLAN>',
        ),
      true,
    );
    const run = agent(planner);
    expect((await run.result).status).toBe("completed");
    expect(run.backend.state.messages.drafts.map((draft) => draft.message)).toEqual(["second try"]);
    expect(run.events.find((event) => event.type === "plan-reset")).toMatchObject({ reason: "no join" });
  });

  it("fails the round instead of mixing two plans when a streaming planner withdraws its plan", async () => {
    const planner = new ScriptedPlanner(() =>
      parts(
        '1. get_phone_number("Sid Sharma")\n',
        { type: "plan-reset", reason: "bad" },
        "1. join()<END_OF_PLAN>",
      ),
    );
    const result = await agent(planner).result;
    expect(result.status).toBe("failed");
    expect(result.reason).toContain("withdrew its plan");
  });

  it("reports a planner that throws as a failed run", async () => {
    const planner = new ScriptedPlanner(async function* () {
      yield { type: "text-delta", text: "1. " };
      throw new Error("model crashed");
    });
    const result = await agent(planner).result;
    expect(result.status).toBe("failed");
    expect(result.reason).toContain("model crashed");
  });

  describe("with a tool selector (ToolRAG)", () => {
    const smsPlan = '1. get_phone_number("Sid Sharma")\n2. send_sms(["$1"], "late")\n3. join()<END_OF_PLAN>';

    it("offers only the selected tools and retrieved examples in the first prompt and grammar", async () => {
      const planner = new ScriptedPlanner(() => parts(smsPlan));
      const selector = new FixedSelector(["send_sms", "get_phone_number"]);
      const run = agent(planner, { toolSelector: selector });
      expect((await run.result).status).toBe("completed");
      expect(selector.calls).toEqual([
        { query: "Text Sid that I'm late", enabled: new ToolRegistry().names() },
      ]);
      const [request] = planner.requests;
      expect(request?.system).toContain("from the following 3 types:\n1. get_phone_number(");
      expect(request?.system).toContain("\n2. send_sms(");
      expect(request?.system).not.toContain("create_note(");
      expect(request?.system).toContain(`Here are some examples:\n\n${RETRIEVED_EXAMPLE}###\n`);
      expect(request?.grammar).toContain('"send_sms("');
      expect(request?.grammar).not.toContain("create_note");
      // The parser still accepts every enabled tool (spec §4.4).
      expect(request?.registry?.names()).toEqual(new ToolRegistry().names());
      // The tool the selector is sure of must be called: a plan joining without it goes on with it.
      expect(request?.requiredCalls?.tools).toEqual(["send_sms"]);
      const resume = request?.requiredCalls?.resumeGrammar(2, ["send_sms"]);
      expect(resume).toContain('root ::= " " (call-2-send-sms) "\\n" step-3');
      expect(request?.requiredCalls?.resumeGrammar(11, ["send_sms"])).toBeDefined();
      expect(request?.requiredCalls?.resumeGrammar(12, ["send_sms"])).toBeUndefined();
    });

    it("reports the selection before the first round", async () => {
      const planner = new ScriptedPlanner(() => parts(smsPlan));
      const run = agent(planner, { toolSelector: new FixedSelector(["send_sms", "get_phone_number"]) });
      await run.result;
      const [select, roundStart] = run.events.filter(
        (event) => event.type === "tools-select" || event.type === "round-start",
      );
      expect(select).toMatchObject({
        type: "tools-select",
        tools: ["get_phone_number", "send_sms"],
        scores: { send_sms: 0.99 },
        fallback: false,
        required: ["send_sms"],
      });
      expect(select?.type === "tools-select" && select.ms >= 0).toBe(true);
      expect(roundStart).toMatchObject({
        type: "round-start",
        round: 1,
        tools: ["get_phone_number", "send_sms"],
      });
    });

    it("offers no tool at all when the selector finds that no tool can serve the request", async () => {
      const planner = new ScriptedPlanner(() => parts("1. join()<END_OF_PLAN>"));
      const noTool: ToolSelector = {
        select: async () => ({
          tools: [],
          scores: { send_sms: 0.01 },
          fallback: false,
          noTool: true,
          required: [],
        }),
      };
      const run = agent(planner, { toolSelector: noTool });
      expect((await run.result).status).toBe("completed");
      expect(run.events.find((event) => event.type === "tools-select")).toMatchObject({
        tools: [],
        fallback: false,
        noTool: true,
      });
      const [request] = planner.requests;
      expect(request?.system).toContain("from the following 1 types:\n1. join()");
      expect(request?.grammar).not.toContain("send_sms");
      expect(request?.grammar).toContain("root ::= step-1");
      expect(run.events.some((event) => event.type === "task-start")).toBe(false);
    });

    it("selects among enabled tools only and still runs an enabled tool left out of the prompt", async () => {
      const planner = new ScriptedPlanner(() =>
        parts('1. get_email_address("Sid Sharma")\n2. join()<END_OF_PLAN>'),
      );
      const registry = new ToolRegistry().forApps(["contacts", "sms"]);
      const run = agent(planner, { registry, toolSelector: new FixedSelector(["send_sms", "create_note"]) });
      const result = await run.result;
      expect(run.events.find((event) => event.type === "tools-select")).toMatchObject({
        tools: ["send_sms"],
      });
      expect(result.status).toBe("completed");
      expect(run.events.some((event) => event.type === "task-end")).toBe(true);
    });

    it("replans with every enabled tool and the reference replan examples", async () => {
      const planner = new ScriptedPlanner(() => parts(smsPlan));
      const run = agent(planner, {
        joiner: new ReplanOnceJoiner(),
        toolSelector: new FixedSelector(["send_sms", "get_phone_number"]),
      });
      await run.result;
      const replan = planner.requests[1];
      expect(replan?.system).toContain("from the following 17 types:");
      expect(replan?.system).not.toContain(RETRIEVED_EXAMPLE);
      expect(replan?.grammar).toContain("create_note");
      expect(replan?.requiredCalls).toBeUndefined();
      expect(run.events.filter((event) => event.type === "round-start")[1]).toMatchObject({
        replan: true,
        tools: new ToolRegistry().names(),
      });
    });

    it("goes on with every enabled tool when the selector fails", async () => {
      const planner = new ScriptedPlanner(() => parts(smsPlan));
      const failing: ToolSelector = {
        select: () => Promise.reject(new Error("model file is corrupt")),
      };
      const run = agent(planner, { toolSelector: failing });
      expect((await run.result).status).toBe("completed");
      expect(run.events.find((event) => event.type === "tools-select")).toMatchObject({
        fallback: true,
        error: "model file is corrupt",
        tools: new ToolRegistry().names(),
      });
      expect(planner.requests[0]?.system).toContain("from the following 17 types:");
    });

    it("ends cancelled, without planning, when cancelled during the selection", async () => {
      const controller = new AbortController();
      const planner = new ScriptedPlanner(() => parts(smsPlan));
      const waiting: ToolSelector = {
        select: (_query, { signal }) =>
          new Promise((_resolve, reject) => {
            signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
            controller.abort();
          }),
      };
      const result = await agent(planner, { toolSelector: waiting, signal: controller.signal }).result;
      expect(result.status).toBe("cancelled");
      expect(planner.requests).toHaveLength(0);
    });
  });
});
