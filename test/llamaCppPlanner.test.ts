import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readGgufFileInfo } from "node-llama-cpp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAbortError } from "../src/base/index.js";
import { planGrammar, validatePlan } from "../src/plan/index.js";
import type { PlannerPart, PlannerStats, PlanRequest } from "../src/planner/index.js";
import { completionPrompt } from "../src/planner/node/completionPrompt.js";
import { LlamaCppPlanner } from "../src/planner/node/LlamaCppPlanner.js";
import { ToolRegistry } from "../src/tools/index.js";
import { buildTinyLlamaGguf, tinySentencePieceVocabulary } from "./fixtures/buildTinyLlamaGguf.js";

/** TinyLlama-Chat's (Zephyr) template: a realistic Jinja template with roles and `eos_token`. */
const ZEPHYR_TEMPLATE =
  "{% for message in messages %}{{ '<|' + message['role'] + '|>\\n' + message['content'] + eos_token + '\\n' }}" +
  "{% endfor %}{% if add_generation_prompt %}{{ '<|assistant|>\\n' }}{% endif %}";

const SYSTEM =
  "Given a user query, create a plan to solve it with the utmost parallelizability. " +
  "Each plan should comprise an action from the following types: get_phone_number, send_sms, join.";
const TRIVIAL_GRAMMAR = 'root ::= "1. join()<END_OF_PLAN>"';

let directory: string;
let completionModelPath: string;
let chatModelPath: string;
let planner: LlamaCppPlanner;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "tinyagent-llama-"));
  completionModelPath = join(directory, "tiny.gguf");
  chatModelPath = join(directory, "tiny-chat.gguf");
  await writeFile(completionModelPath, buildTinyLlamaGguf({ seed: 1 }));
  await writeFile(chatModelPath, buildTinyLlamaGguf({ seed: 2, chatTemplate: ZEPHYR_TEMPLATE }));
  planner = await LlamaCppPlanner.load({ modelPath: completionModelPath, threads: 1, contextSize: 1024 });
});

afterAll(async () => {
  await planner?.dispose();
  if (directory) await rm(directory, { recursive: true, force: true });
});

function request(user: string, extra: Partial<PlanRequest> = {}): PlanRequest {
  return { system: SYSTEM, user: `Question: ${user}`, stop: ["<END_OF_PLAN>"], maxTokens: 40, ...extra };
}

/**
 * A request whose first grammar writes line 1 and then joins, with `send_sms` required: the plan
 * must go on after `2.` with a send_sms call under the resume grammar (short strings keep random
 * weights brief).
 */
function requiredSmsRequest({ resumable = true, maxTokens = 400 } = {}): PlanRequest {
  const registry = new ToolRegistry().subset(["get_phone_number", "send_sms"]);
  const bounds = { thoughts: false, maxSteps: 4, maxStringLength: 8, maxListItems: 2 } as const;
  return request("text Sid", {
    grammar: 'root ::= "1. get_phone_number(\\"Sid\\")\\n2. join()<END_OF_PLAN>"',
    maxTokens,
    registry,
    requiredCalls: {
      tools: ["send_sms"],
      resumeGrammar: (step, owed) =>
        resumable ? planGrammar(registry.list(), { ...bounds, resume: { step, tools: owed } }) : undefined,
    },
  });
}

/** The continued plan streams as one valid plan: line 1 once, then send_sms on line 2. */
function expectContinuedSms({ text, deltas }: { text: string; deltas: string[] }): void {
  expect(text.startsWith('1. get_phone_number("Sid")\n2. send_sms([')).toBe(true);
  expect(text.match(/get_phone_number\("Sid"\)/g)).toHaveLength(1);
  expect(text).toMatch(/\d\. join\(\)<END_OF_PLAN>$/);
  expect(validatePlan(text, { registry: new ToolRegistry() })).toEqual([]);
  expect(deltas.join("")).toBe(text);
  // Nothing of the first pass's join was streamed: the only join is the plan's last line.
  expect(text.match(/join/g)).toHaveLength(1);
}

async function collect(
  parts: AsyncIterable<PlannerPart>,
): Promise<{ text: string; deltas: string[]; stats: PlannerStats }> {
  const deltas: string[] = [];
  let stats: PlannerStats | undefined;
  for await (const part of parts) {
    expect(stats).toBeUndefined();
    // This backend constrains with a grammar, so it never resets a plan.
    expect(part.type).not.toBe("plan-reset");
    if (part.type === "text-delta") deltas.push(part.text);
    else if (part.type === "plan-end") stats = part.stats;
  }
  if (stats === undefined) throw new Error("the stream ended without plan-end");
  return { text: deltas.join(""), deltas, stats };
}

describe("the tiny GGUF fixture", () => {
  it("is a llama model node-llama-cpp's GGUF reader understands", async () => {
    const info = await readGgufFileInfo(completionModelPath);
    const vocabulary = tinySentencePieceVocabulary();
    expect(info.version).toBe(3);
    expect(info.metadata.general.architecture).toBe("llama");
    expect(info.metadata.llama).toMatchObject({
      context_length: 512,
      embedding_length: 64,
      block_count: 2,
      feed_forward_length: 128,
      attention: { head_count: 4, head_count_kv: 4 },
      rope: { dimension_count: 16 },
    });
    expect(info.metadata.tokenizer.ggml.model).toBe("llama");
    expect(info.metadata.tokenizer.ggml.tokens).toEqual(vocabulary.tokens);
    expect(info.metadata.tokenizer.ggml.token_type?.slice(0, 4)).toEqual([2, 3, 3, 6]);
    expect(info.metadata.tokenizer.chat_template).toBeUndefined();
    expect(info.tensorInfo?.map((tensor) => tensor.name)).toContain("blk.1.ffn_down.weight");
    expect(info.tensorInfo?.find((tensor) => tensor.name === "token_embd.weight")?.dimensions).toEqual([
      64,
      vocabulary.tokens.length,
    ]);
  });

  it("is deterministic for a seed", () => {
    // Buffer comparison: vitest's deep equality walks 400 KB element by element.
    const build = (seed: number) => Buffer.from(buildTinyLlamaGguf({ seed }));
    expect(build(7).equals(build(7))).toBe(true);
    expect(build(7).equals(build(8))).toBe(false);
  });
});

describe("LlamaCppPlanner (tiny random llama model)", () => {
  it("loads in completion mode when the GGUF has no chat template", () => {
    expect(planner.promptFormat).toBe("completion");
    expect(planner.chatWrapperName).toBeUndefined();
    expect(planner.contextSize).toBe(1024);
  });

  it("tokenizes and detokenizes any text, with byte fallback for what no piece covers", () => {
    for (const text of [
      '1. get_phone_number("Sid")\n2. join()<END_OF_PLAN>',
      "Grüße, Łukasz! 👋 你好 — naïve café\ttab",
    ]) {
      const tokens = planner.tokenize(text);
      expect(planner.detokenize(tokens)).toBe(text);
    }
    const byteTokens = planner.tokenize("你好").filter((token) => token >= 3 && token < 3 + 256);
    expect(byteTokens).toHaveLength(6);
  });

  it("sends the completion format: BOS, then system + blank line + user", () => {
    const tokens = planner.promptTokens(request("text Sid"));
    expect(tokens[0]).toBe(1);
    expect(planner.detokenize(tokens.slice(1))).toBe(completionPrompt(request("text Sid")));
    expect(completionPrompt({ system: "S", user: "U" })).toBe("S\n\nU");
    expect(completionPrompt({ user: "U" })).toBe("U");
  });

  it("streams text deltas and ends with stats", async () => {
    const { deltas, stats } = await collect(planner.plan(request("text Sid that I am late")));
    expect(deltas.length).toBeGreaterThan(1);
    expect(stats.promptTokens).toBe(planner.promptTokens(request("text Sid that I am late")).length);
    expect(stats.evaluatedPromptTokens).toBeGreaterThan(0);
    expect(stats.evaluatedPromptTokens).toBeLessThanOrEqual(stats.promptTokens);
    expect(stats.decodeTokens).toBeGreaterThanOrEqual(40);
    expect(stats.prefillMs).toBeGreaterThanOrEqual(0);
    expect(stats.totalMs).toBeGreaterThanOrEqual(stats.prefillMs);
    expect(stats.decodeTokensPerSecond).toBeGreaterThan(0);
  });

  it("decodes greedily: the same request gives the same text", async () => {
    const first = await collect(planner.plan(request("call Lutfi")));
    await collect(planner.plan(request("something else")));
    const again = await collect(planner.plan(request("call Lutfi")));
    expect(again.text).toBe(first.text);
  });

  it("follows the grammar and ends the text with <END_OF_PLAN>", async () => {
    const { text, deltas } = await collect(planner.plan(request("text Sid", { grammar: TRIVIAL_GRAMMAR })));
    expect(text).toBe("1. join()<END_OF_PLAN>");
    expect(deltas.at(-1)).toBe("<END_OF_PLAN>");
  });

  it("stops on the request's own stop sequences without adding the marker", async () => {
    const grammar = 'root ::= "1. get_phone_number(\\"Sid\\")\\n2. join()<END_OF_PLAN>"';
    const { text } = await collect(planner.plan(request("call Sid", { grammar, stop: ["\n2."] })));
    expect(text).toBe('1. get_phone_number("Sid")');
  });

  it("stops at maxTokens without adding the marker", async () => {
    const grammar = 'root ::= "1. get_phone_number(\\"Sid\\")\\n2. join()<END_OF_PLAN>"';
    const { text } = await collect(planner.plan(request("call Sid", { grammar, maxTokens: 3 })));
    expect(text.length).toBeGreaterThan(0);
    expect('1. get_phone_number("Sid")'.startsWith(text)).toBe(true);
  });

  it("reuses the evaluated system prompt on the next call", async () => {
    const system = `Today is Friday. ${SYSTEM}`;
    const first = await collect(planner.plan(request("text Sid", { system })));
    const second = await collect(planner.plan(request("email Lutfi the agenda", { system })));
    const systemTokens = planner.promptTokens({ system, user: "" }).length;
    expect(first.stats.evaluatedPromptTokens).toBeGreaterThan(systemTokens / 2);
    expect(second.stats.evaluatedPromptTokens).toBeLessThan(second.stats.promptTokens - systemTokens + 4);
  });

  it("stops decoding when the signal aborts, and stays usable", async () => {
    const controller = new AbortController();
    const deltas: string[] = [];
    const run = async () => {
      for await (const part of planner.plan(request("abort me", { maxTokens: 500 }), {
        signal: controller.signal,
      })) {
        if (part.type === "text-delta") {
          deltas.push(part.text);
          controller.abort();
        }
      }
    };
    const error = await run().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(isAbortError(error)).toBe(true);
    expect(deltas.length).toBeLessThan(5);

    const aborted = AbortSignal.abort();
    await expect(collect(planner.plan(request("never"), { signal: aborted }))).rejects.toSatisfy(
      isAbortError,
    );

    const after = await collect(planner.plan(request("text Sid", { grammar: TRIVIAL_GRAMMAR })));
    expect(after.text).toBe("1. join()<END_OF_PLAN>");
  });

  it("stops decoding when the consumer stops reading", async () => {
    for await (const part of planner.plan(request("break early", { maxTokens: 500 }))) {
      expect(part.type).toBe("text-delta");
      break;
    }
    const after = await collect(planner.plan(request("text Sid", { grammar: TRIVIAL_GRAMMAR })));
    expect(after.text).toBe("1. join()<END_OF_PLAN>");
  });

  it("serialises concurrent calls on its one sequence", async () => {
    const [first, second] = await Promise.all([
      collect(planner.plan(request("one", { grammar: TRIVIAL_GRAMMAR }))),
      collect(planner.plan(request("two", { grammar: TRIVIAL_GRAMMAR }))),
    ]);
    expect([first.text, second.text]).toEqual(["1. join()<END_OF_PLAN>", "1. join()<END_OF_PLAN>"]);
  });

  it("reports an invalid grammar and a prompt longer than the context as errors", async () => {
    await expect(collect(planner.plan(request("x", { grammar: "root ::= (" })))).rejects.toMatchObject({
      code: "planner/grammar",
    });
    await expect(collect(planner.plan(request("x", { system: "word ".repeat(1100) })))).rejects.toMatchObject(
      {
        code: "planner/prompt-too-long",
      },
    );
  });

  it("fails to load a missing file with planner/model-load", async () => {
    await expect(
      LlamaCppPlanner.load({ modelPath: join(directory, "missing.gguf"), threads: 1 }),
    ).rejects.toMatchObject({ code: "planner/model-load" });
  });

  it("goes on with a required tool where the plan joined without it", async () => {
    const continued = await collect(planner.plan(requiredSmsRequest()));
    expectContinuedSms(continued);
    // Both passes count, the dropped "2. join(" included.
    expect(continued.stats.decodeTokens).toBeGreaterThan(planner.tokenize(continued.text).length);
    expect(continued.stats.resumes).toBe(1);
  });

  it("keeps the plan's join when no step is left for the required tool", async () => {
    const { text, stats } = await collect(planner.plan(requiredSmsRequest({ resumable: false })));
    expect(text).toBe('1. get_phone_number("Sid")\n2. join()<END_OF_PLAN>');
    expect(stats).not.toHaveProperty("resumes");
  });

  it("bounds both passes together by maxTokens", async () => {
    const whole = await collect(planner.plan(requiredSmsRequest()));
    const { text, stats } = await collect(planner.plan(requiredSmsRequest({ maxTokens: 30 })));
    // The same plan, cut where the 30 tokens of both passes ran out.
    expect(whole.stats.decodeTokens).toBeGreaterThan(31);
    expect(text.length).toBeGreaterThan('1. get_phone_number("Sid")\n2.'.length);
    expect(whole.text.startsWith(text)).toBe(true);
    expect(stats.decodeTokens).toBeLessThanOrEqual(31);
  });

  it("writes valid plans under the plan grammar for 20 queries", async () => {
    const subsets = [
      ["get_phone_number", "send_sms"],
      ["get_email_address", "compose_new_email", "create_calendar_event"],
      ["open_and_get_file_path", "summarize_pdf", "get_zoom_meeting_link", "create_reminder"],
      new ToolRegistry().names(),
    ];
    const queries = [
      "Text Sid that I'm running late",
      "Email Lutfi the slides from yesterday",
      "Create a meeting with Sid and Lutfi tomorrow at noon",
      "Summarize the quarterly report PDF and remind me to read it",
      "Send a zoom link to the team for Friday's sync",
    ];
    let planned = 0;
    for (const names of subsets) {
      const registry = new ToolRegistry().subset(names);
      // Random weights never choose to close a string, so the grammar's own bounds keep every
      // plan within the token budget: short strings and lists, small integers, no thoughts.
      const grammar = planGrammar(registry.list(), {
        maxSteps: 4,
        thoughts: false,
        maxStringLength: 12,
        maxListItems: 3,
        maxIntDigits: 3,
      });
      for (const query of queries) {
        const { text } = await collect(
          planner.plan({
            system: `${SYSTEM} Tools: ${names.join(", ")}.`,
            user: `Question: ${query}`,
            grammar,
            stop: ["<END_OF_PLAN>"],
            maxTokens: 1000,
          }),
        );
        expect(text).toMatch(/\d\. join\(\)<END_OF_PLAN>$/);
        expect(validatePlan(text, { registry }), text).toEqual([]);
        planned++;
      }
    }
    expect(planned).toBe(20);
  });
});

describe("LlamaCppPlanner with a chat template in the GGUF", () => {
  let chatPlanner: LlamaCppPlanner;

  beforeAll(async () => {
    chatPlanner = await LlamaCppPlanner.load({ modelPath: chatModelPath, threads: 1, contextSize: 512 });
  });

  afterAll(async () => {
    await chatPlanner?.dispose();
  });

  it("renders system and user with the GGUF's own template", () => {
    expect(chatPlanner.promptFormat).toBe("chat");
    expect(chatPlanner.chatWrapperName).toBe("JinjaTemplate");
    const tokens = chatPlanner.promptTokens({ system: "You plan.", user: "Question: text Sid" });
    expect(tokens[0]).toBe(1);
    expect(tokens.filter((token) => token === 1)).toHaveLength(1);
    expect(tokens.filter((token) => token === 2)).toHaveLength(2);
    const text = chatPlanner.detokenize(tokens);
    expect(text).toContain("<|system|>\nYou plan.");
    expect(text).toContain("<|user|>\nQuestion: text Sid");
    expect(text.endsWith("<|assistant|>\n")).toBe(true);
    const userOnly = chatPlanner.detokenize(chatPlanner.promptTokens({ user: "Question: text Sid" }));
    expect(userOnly).not.toContain("<|system|>");
    expect(userOnly).toContain("<|user|>\nQuestion: text Sid");
  });

  it("plans under a grammar and reuses the templated system prompt", async () => {
    const first = await collect(chatPlanner.plan(request("text Sid", { grammar: TRIVIAL_GRAMMAR })));
    const second = await collect(chatPlanner.plan(request("email Lutfi", { grammar: TRIVIAL_GRAMMAR })));
    expect(first.text).toBe("1. join()<END_OF_PLAN>");
    expect(second.text).toBe("1. join()<END_OF_PLAN>");
    expect(second.stats.evaluatedPromptTokens).toBeLessThan(second.stats.promptTokens / 2);
  });

  it("goes on with a required tool after the prompt's own tokens, reusing them", async () => {
    await collect(chatPlanner.plan(request("text Sid", { grammar: TRIVIAL_GRAMMAR })));
    const continued = await collect(chatPlanner.plan(requiredSmsRequest()));
    expectContinuedSms(continued);
    expect(continued.stats.evaluatedPromptTokens).toBeLessThan(continued.stats.promptTokens / 2);
  });

  it("can be forced to the completion format", async () => {
    const forced = await LlamaCppPlanner.load({
      modelPath: chatModelPath,
      threads: 1,
      contextSize: 512,
      mode: "completion",
    });
    try {
      expect(forced.promptFormat).toBe("completion");
      const tokens = forced.promptTokens({ system: "S", user: "U" });
      expect(forced.detokenize(tokens.slice(1))).toBe("S\n\nU");
    } finally {
      await forced.dispose();
    }
  });
});
