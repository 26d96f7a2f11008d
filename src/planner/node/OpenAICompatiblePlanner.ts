import { TinyAgentError } from "../../base/index.js";
import { type PlanIssue, validatePlan } from "../../plan/index.js";
import type { ToolRegistry } from "../../tools/index.js";
import type { Planner, PlannerPart, PlannerStats, PlanRequest } from "../Planner.js";
import { correctionMessage, describePlanIssue } from "./correctionMessage.js";
import { type ChatMessage, streamChatCompletion } from "./streamChatCompletion.js";

const END_OF_PLAN = "<END_OF_PLAN>";
/** The last line of the text is a join step (`3. join()`), possibly after trailing spaces. */
const ENDS_WITH_JOIN = /(?:^|\n)[ \t]*\d+\.[ \t]*join\([ \t]*\)\s*$/;

export interface OpenAICompatiblePlannerOptions {
  /** Server root including `/v1`, e.g. `http://127.0.0.1:8080/v1` (llama.cpp) or `:1234/v1` (LM Studio). */
  readonly baseUrl: string;
  /** The `model` field; LM Studio routes by it, llama-server ignores it. */
  readonly model: string;
  /** Bearer token; default `"lm-studio"`, what the reference sends to local servers (spec §4.2). */
  readonly apiKey?: string;
  /**
   * Whether the request's GBNF goes out as llama.cpp's top-level `grammar` field. `"auto"`
   * (default) sends it and, if the server answers HTTP 400, retries without it and stops sending it
   * from then on; `"llama.cpp"` always sends it; `"none"` never does.
   */
  readonly grammarField?: "auto" | "llama.cpp" | "none";
  /** Sampling temperature; default 0, as the reference plans. */
  readonly temperature?: number;
  readonly fetch?: typeof globalThis.fetch;
  /** Longest silence from the server (waiting for headers or the next event), in ms; default 300 000. */
  readonly timeoutMs?: number;
  /** The plan validator (default `validatePlan` of the plan folder); injectable for tests. */
  readonly validatePlan?: (text: string, options: { registry: ToolRegistry }) => readonly PlanIssue[];
}

interface Totals {
  promptTokens: number;
  evaluatedPromptTokens: number;
  prefillMs: number;
  decodeMs: number;
  decodeTokens: number;
}

/** The outcome of one streamed request, once its deltas have been yielded. */
interface Attempt {
  /** The plan text as emitted, `<END_OF_PLAN>` included when it was appended. */
  readonly text: string;
  readonly grammarSent: boolean;
}

/**
 * A planner that streams from an OpenAI-compatible chat server (llama.cpp's llama-server, LM
 * Studio, vLLM, …), the way the reference reaches local models (spec §4.2, §6.3): system + user
 * messages, temperature 0, `stop: ["<END_OF_PLAN>"]`, streaming. Because the stop sequence is cut
 * from the output, a plan that stopped right after its join line gets `<END_OF_PLAN>` appended so
 * the text is a complete plan. Where the grammar could not be sent (or, in `"auto"` mode, might
 * have been silently ignored), the finished text is validated against `request.registry`; if it
 * has issues the model is asked once for a corrected plan, announced by a `plan-reset` part.
 */
export class OpenAICompatiblePlanner implements Planner {
  readonly #options: OpenAICompatiblePlannerOptions;
  readonly #fetch: typeof globalThis.fetch;
  readonly #validate: NonNullable<OpenAICompatiblePlannerOptions["validatePlan"]>;
  readonly revisesPlans: boolean;
  /** Set in `"auto"` mode once the server has rejected the grammar field. */
  #grammarRejected = false;

  constructor(options: OpenAICompatiblePlannerOptions) {
    this.#options = options;
    // A grammar the server enforces makes every plan valid; otherwise it is checked afterwards.
    this.revisesPlans = options.grammarField !== "llama.cpp";
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#validate = options.validatePlan ?? validatePlan;
  }

  async *plan(request: PlanRequest, { signal }: { signal?: AbortSignal } = {}): AsyncGenerator<PlannerPart> {
    const started = performance.now();
    const totals: Totals = {
      promptTokens: 0,
      evaluatedPromptTokens: 0,
      prefillMs: 0,
      decodeMs: 0,
      decodeTokens: 0,
    };
    // No system message when there is no system prompt: the joiner sends one user message.
    const messages: ChatMessage[] = [
      ...(request.system ? [{ role: "system", content: request.system } as const] : []),
      { role: "user", content: request.user },
    ];
    const first = yield* this.#attempt(messages, request, totals, signal);
    const mode = this.#options.grammarField ?? "auto";
    const trustGrammar = first.grammarSent && mode === "llama.cpp";
    if (request.registry !== undefined && !trustGrammar) {
      const issues = this.#validate(first.text, { registry: request.registry });
      if (issues.length > 0) {
        yield {
          type: "plan-reset",
          reason: `The plan was rejected: ${issues.map(describePlanIssue).join("; ")}`,
        };
        yield* this.#attempt(
          [
            ...messages,
            { role: "assistant", content: first.text },
            { role: "user", content: correctionMessage(issues) },
          ],
          request,
          totals,
          signal,
        );
      }
    }
    yield { type: "plan-end", stats: statsOf(totals, performance.now() - started) };
  }

  async *#attempt(
    messages: readonly ChatMessage[],
    request: PlanRequest,
    totals: Totals,
    signal: AbortSignal | undefined,
  ): AsyncGenerator<PlannerPart, Attempt> {
    const mode = this.#options.grammarField ?? "auto";
    const wantsGrammar = request.grammar !== undefined && mode !== "none" && !this.#grammarRejected;
    try {
      return yield* this.#request(messages, request, totals, signal, wantsGrammar);
    } catch (error) {
      // Only a rejection before any text can be retried; HTTP status errors are raised before the body.
      const rejected =
        wantsGrammar && mode === "auto" && TinyAgentError.isInstance(error) && error.context.status === 400;
      if (!rejected) throw error;
      const attempt = yield* this.#request(messages, request, totals, signal, false);
      // Remembered only now: a server that also refuses the request without grammar had another problem.
      this.#grammarRejected = true;
      return attempt;
    }
  }

  async *#request(
    messages: readonly ChatMessage[],
    request: PlanRequest,
    totals: Totals,
    signal: AbortSignal | undefined,
    sendGrammar: boolean,
  ): AsyncGenerator<PlannerPart, Attempt> {
    const body: Record<string, unknown> = {
      model: this.#options.model,
      messages,
      stream: true,
      stream_options: { include_usage: true },
      temperature: this.#options.temperature ?? 0,
      stop: request.stop,
    };
    if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
    if (sendGrammar) body.grammar = request.grammar;

    const started = performance.now();
    let firstContentAt: number | undefined;
    let text = "";
    let deltas = 0;
    let finishReason: string | undefined;
    let usage: { promptTokens?: number; completionTokens?: number; evaluatedPromptTokens?: number } = {};
    for await (const part of streamChatCompletion(body, {
      baseUrl: this.#options.baseUrl,
      apiKey: this.#options.apiKey ?? "lm-studio",
      fetch: this.#fetch,
      signal,
      idleTimeoutMs: this.#options.timeoutMs ?? 300_000,
    })) {
      if (part.type === "content") {
        firstContentAt ??= performance.now();
        deltas++;
        text += part.text;
        yield { type: "text-delta", text: part.text };
      } else if (part.type === "finish") {
        finishReason = part.reason;
      } else {
        usage = { ...usage, ...definedOnly(part) };
      }
    }
    if (
      finishReason === "stop" &&
      request.stop.includes(END_OF_PLAN) &&
      !text.endsWith(END_OF_PLAN) &&
      ENDS_WITH_JOIN.test(text)
    ) {
      text += END_OF_PLAN;
      yield { type: "text-delta", text: END_OF_PLAN };
    }

    const ended = performance.now();
    const promptTokens = usage.promptTokens ?? 0;
    totals.promptTokens += promptTokens;
    totals.evaluatedPromptTokens += usage.evaluatedPromptTokens ?? promptTokens;
    totals.prefillMs += (firstContentAt ?? ended) - started;
    totals.decodeMs += firstContentAt === undefined ? 0 : ended - firstContentAt;
    totals.decodeTokens += usage.completionTokens ?? deltas;
    return { text, grammarSent: sendGrammar };
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

/**
 * Stats summed over every request of one `plan` call (the correction included); `totalMs` is the
 * wall time of the whole call. Prefill is the time to the first content, decode the rest.
 */
function statsOf(totals: Totals, totalMs: number): PlannerStats {
  return {
    promptTokens: totals.promptTokens,
    evaluatedPromptTokens: totals.evaluatedPromptTokens,
    prefillMs: totals.prefillMs,
    decodeTokens: totals.decodeTokens,
    decodeTokensPerSecond: totals.decodeMs > 0 ? (totals.decodeTokens * 1000) / totals.decodeMs : 0,
    totalMs,
  };
}
