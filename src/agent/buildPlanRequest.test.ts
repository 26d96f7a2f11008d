import { describe, expect, it } from "vitest";
import { COPIED_KINDS, planGrammar } from "../plan/index.js";
import { compactPrompt, plannerSystemPrompt } from "../prompt/index.js";
import { ToolRegistry } from "../tools/index.js";
import { buildPlanRequest, DEFAULT_GRAMMAR_BOUNDS } from "./buildPlanRequest.js";

const registry = new ToolRegistry();
const tools = registry.select(["get_phone_number", "send_sms"]);
const now = new Date(2024, 4, 24, 14, 5);

describe("buildPlanRequest (tinyagent profile)", () => {
  it("sends the reference prompt for the tools and date, the question, the stop and the grammar", () => {
    const request = buildPlanRequest({ query: "Text Sid that I'm late", now, profile: "tinyagent", tools });
    expect(request.system).toBe(plannerSystemPrompt({ tools, now }));
    expect(request.system).toContain("Today's date is Friday 2024-05-24 14:05");
    expect(request.system).toContain("from the following 3 types:\n1. get_phone_number(");
    expect(request.user).toBe("Question: Text Sid that I'm late");
    expect(request.stop).toEqual(["<END_OF_PLAN>"]);
    expect(request.grammar).toBe(planGrammar(tools, DEFAULT_GRAMMAR_BOUNDS));
    expect(request.registry?.names()).toEqual(["get_phone_number", "send_sms"]);
    expect(request).not.toHaveProperty("maxTokens");
  });

  it("is deterministic: the same input gives the same request", () => {
    const options = { query: "Call Lutfi", now, profile: "tinyagent", tools } as const;
    const { registry: first, ...firstRest } = buildPlanRequest(options);
    const { registry: second, ...secondRest } = buildPlanRequest(options);
    expect(secondRest).toEqual(firstRest);
    expect(second?.names()).toEqual(first?.names());
  });

  it("passes custom instructions, examples, grammar bounds and maxTokens through", () => {
    const examples = ['Question: Call Sid\n1. get_phone_number("Sid")\n2. join()<END_OF_PLAN>\n'];
    const request = buildPlanRequest({
      query: "Text Sid",
      now,
      profile: "tinyagent",
      tools,
      customInstructions: "Sign every message with -S",
      examples,
      grammar: { maxSteps: 3, thoughts: false },
      maxTokens: 200,
    });
    expect(request.system).toBe(
      plannerSystemPrompt({ tools, now, customInstructions: "Sign every message with -S", examples }),
    );
    expect(request.grammar).toBe(
      planGrammar(tools, { ...DEFAULT_GRAMMAR_BOUNDS, maxSteps: 3, thoughts: false }),
    );
    expect(request.maxTokens).toBe(200);
  });

  it("leaves the grammar out when disabled, and validates against a given registry", () => {
    const request = buildPlanRequest({
      query: "Text Sid",
      now,
      profile: "tinyagent",
      tools,
      grammar: false,
      registry,
    });
    expect(request).not.toHaveProperty("grammar");
    expect(request.registry).toBe(registry);
  });

  it("asks for the required tools it offers, resuming under the request's own grammar bounds", () => {
    const base = { query: "Text Sid", now, profile: "compact", tools } as const;
    const request = buildPlanRequest({ ...base, requiredTools: ["send_sms", "create_note"] });
    // create_note is not offered, so it cannot be required.
    expect(request.requiredCalls?.tools).toEqual(["send_sms"]);
    const resume = request.requiredCalls?.resumeGrammar(2, ["send_sms"]);
    expect(resume).toBe(
      planGrammar(tools, {
        ...DEFAULT_GRAMMAR_BOUNDS,
        maxStringLength: 48,
        maxThoughtLength: 100,
        copy: { source: "Text Sid", kinds: COPIED_KINDS },
        resume: { step: 2, tools: ["send_sms"] },
      }),
    );
    // Line 12 can only join, so there is nothing to resume there.
    expect(request.requiredCalls?.resumeGrammar(12, ["send_sms"])).toBeUndefined();
    expect(buildPlanRequest({ ...base, requiredTools: [] })).not.toHaveProperty("requiredCalls");
    expect(buildPlanRequest({ ...base, requiredTools: ["send_sms"], grammar: false })).not.toHaveProperty(
      "requiredCalls",
    );
  });

  it("uses the Date's local wall-clock time for the date line", () => {
    const request = buildPlanRequest({
      query: "Remind me",
      now: new Date(2023, 11, 31, 23, 59),
      profile: "tinyagent",
      tools: [],
    });
    expect(request.system).toContain("Today's date is Sunday 2023-12-31 23:59");
    expect(request.system).toContain("from the following 1 types:\n1. join()");
  });

  it("reports bad grammar bounds", () => {
    expect(() =>
      buildPlanRequest({ query: "x", now, profile: "tinyagent", tools, grammar: { maxSteps: 0 } }),
    ).toThrow(expect.objectContaining({ code: "plan/grammar-options" }));
  });
});

describe("buildPlanRequest (compact profile)", () => {
  it("sends the compact prompt as the one user message, with no system message", () => {
    const query = "Text Sid that I'm late for lunch tomorrow at noon";
    const request = buildPlanRequest({ query, now, profile: "compact", tools });
    expect(request).not.toHaveProperty("system");
    expect(request.user).toBe(compactPrompt({ query, now, tools }));
    expect(request.user).toBe(
      "Date: Friday 2024-05-24 14:05\n" +
        "Tools: get_phone_number, send_sms\n" +
        "Time: tomorrow at noon = 2024-05-25 12:00:00 to 2024-05-25 13:00:00\n" +
        `Question: ${query}\n` +
        "Plan:\n",
    );
    expect(request.stop).toEqual(["<END_OF_PLAN>"]);
    expect(request.registry?.names()).toEqual(["get_phone_number", "send_sms"]);
  });

  it("constrains decoding with names copied from the query and strings bounded by its length", () => {
    const compact = buildPlanRequest({ query: "Text Sid", now, profile: "compact", tools });
    const tinyagent = buildPlanRequest({ query: "Text Sid", now, profile: "tinyagent", tools });
    expect(tinyagent.grammar).not.toContain("copied");
    expect(tinyagent.grammar).toContain("char{0,400}");
    expect(compact.grammar).toContain('call-1-get-phone-number ::= "get_phone_number(" copied-name-1 ")"');
    expect(compact.grammar).toContain('copied ::= "\\"" span? "\\""');
    expect(compact.grammar).toContain("span ::= src-0 | src-5");
    // At least 48 characters, else the request's length plus 24; thoughts at most 100.
    expect(compact.grammar).toContain("char{0,48}");
    expect(compact.grammar).toContain("{1,100}");
    const long = "x".repeat(100);
    expect(buildPlanRequest({ query: long, now, profile: "compact", tools }).grammar).toContain(
      "char{0,124}",
    );

    const free = buildPlanRequest({
      query: "Text Sid",
      now,
      profile: "compact",
      tools,
      copyArguments: false,
    });
    expect(free.grammar).not.toContain("copied");
    const copying = buildPlanRequest({
      query: "Text Sid",
      now,
      profile: "tinyagent",
      tools,
      copyArguments: true,
    });
    expect(copying.grammar).toContain("copied-1");
  });

  it("leaves out the Tools line for every tool and ignores custom instructions and examples", () => {
    const request = buildPlanRequest({
      query: "Text Sid",
      now,
      profile: "compact",
      tools: registry.list(),
      customInstructions: "Sign every message with -S",
      examples: ["Question: Call Sid\n1. join()<END_OF_PLAN>\n"],
    });
    expect(request.user).toBe("Date: Friday 2024-05-24 14:05\nQuestion: Text Sid\nPlan:\n");
  });
});
