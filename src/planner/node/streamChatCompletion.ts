import { AbortError, TinyAgentError } from "../../base/index.js";
import { networkErrorCode } from "./networkErrorCode.js";
import { serverErrorText } from "./serverErrorText.js";
import { serverSentEvents } from "./serverSentEvents.js";

/** One message of an OpenAI chat request. */
export interface ChatMessage {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
}

/** What one streamed chat completion reports, in arrival order. */
export type ChatStreamPart =
  | { readonly type: "content"; readonly text: string }
  | { readonly type: "finish"; readonly reason: string }
  | {
      readonly type: "usage";
      readonly promptTokens?: number;
      readonly completionTokens?: number;
      /** Prompt tokens the server actually evaluated (the rest came from its prompt cache). */
      readonly evaluatedPromptTokens?: number;
    };

export interface StreamChatCompletionOptions {
  /** Server root including `/v1`, e.g. `http://127.0.0.1:8080/v1`. */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly fetch: typeof globalThis.fetch;
  readonly signal?: AbortSignal;
  /** Longest wait for the next bytes (headers or body) before giving up, in ms. */
  readonly idleTimeoutMs: number;
}

/**
 * POSTs `body` (with `stream: true`) to `<baseUrl>/chat/completions` and yields content deltas,
 * the finish reason and token usage as the Server-Sent Events arrive. Failures become a
 * TinyAgentError `planner/http` (context: `status` when the server answered, `serverMessage`),
 * `planner/timeout` or `planner/protocol`; cancellation via `signal` rejects with AbortError.
 * Stopping the iteration early cancels the response body, which closes the connection.
 */
export async function* streamChatCompletion(
  body: Readonly<Record<string, unknown>>,
  options: StreamChatCompletionOptions,
): AsyncGenerator<ChatStreamPart> {
  const { baseUrl, signal } = options;
  const idle = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(), options.idleTimeoutMs);
  };
  const combined = signal === undefined ? idle.signal : AbortSignal.any([signal, idle.signal]);
  const fail = (error: unknown): Error => {
    if (signal?.aborted) return new AbortError();
    if (idle.signal.aborted) {
      return new TinyAgentError(
        "planner/timeout",
        `The planner server at ${baseUrl} sent nothing for ${Math.round(options.idleTimeoutMs / 1000)} s. ` +
          "It may be overloaded or still loading the model; try again or raise the planner timeout.",
        { cause: error, context: { baseUrl } },
      );
    }
    if (TinyAgentError.isInstance(error)) return error;
    return connectionError(error, baseUrl);
  };

  rearm();
  try {
    let response: Response;
    try {
      response = await options.fetch(`${baseUrl.replace(/\/+$/, "")}/chat/completions`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "text/event-stream",
          authorization: `Bearer ${options.apiKey}`,
        },
        body: JSON.stringify(body),
        signal: combined,
      });
    } catch (error) {
      throw fail(error);
    }
    if (!response.ok || response.body === null) {
      const text = await response.text().catch(() => "");
      throw statusError(response.status, response.statusText, text, baseUrl);
    }
    try {
      for await (const data of serverSentEvents(response.body)) {
        rearm();
        if (data.trim() === "[DONE]") return;
        yield* partsOf(data, baseUrl);
      }
    } catch (error) {
      throw fail(error);
    }
  } finally {
    clearTimeout(timer);
  }
}

function* partsOf(data: string, baseUrl: string): Generator<ChatStreamPart> {
  let chunk: ChatCompletionChunk;
  try {
    chunk = JSON.parse(data) as ChatCompletionChunk;
  } catch (error) {
    throw new TinyAgentError(
      "planner/protocol",
      `The planner server at ${baseUrl} sent an event that is not JSON: ${data.slice(0, 200)}`,
      { cause: error, context: { baseUrl } },
    );
  }
  if (typeof chunk !== "object" || chunk === null) return;
  // llama.cpp reports errors that happen after the headers were sent as an event.
  if (chunk.error !== undefined) {
    const message = serverErrorText(JSON.stringify({ error: chunk.error }));
    throw new TinyAgentError("planner/http", `The planner server at ${baseUrl} failed: ${message}`, {
      context: { baseUrl, serverMessage: message },
    });
  }
  const choice = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
  const content = choice?.delta?.content;
  if (typeof content === "string" && content !== "") yield { type: "content", text: content };
  if (typeof choice?.finish_reason === "string") yield { type: "finish", reason: choice.finish_reason };
  const usage = chunk.usage;
  const timings = chunk.timings;
  if ((typeof usage === "object" && usage !== null) || (typeof timings === "object" && timings !== null)) {
    const promptTokens = numberOr(usage?.prompt_tokens);
    const cached = numberOr(usage?.prompt_tokens_details?.cached_tokens);
    yield {
      type: "usage",
      promptTokens,
      completionTokens: numberOr(usage?.completion_tokens),
      evaluatedPromptTokens:
        numberOr(timings?.prompt_n) ??
        (promptTokens !== undefined && cached !== undefined ? promptTokens - cached : undefined),
    };
  }
}

function numberOr(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function statusError(status: number, statusText: string, body: string, baseUrl: string): TinyAgentError {
  const serverMessage = serverErrorText(body);
  const hint =
    status === 404
      ? ` Check the base URL (it usually ends in /v1) and the model name.`
      : status === 401 || status === 403
        ? " Check the API key."
        : "";
  return new TinyAgentError(
    "planner/http",
    `The planner server at ${baseUrl} answered HTTP ${status}${statusText ? ` ${statusText}` : ""}` +
      `${serverMessage ? `: ${serverMessage}` : ""}.${hint}`,
    { context: { baseUrl, status, serverMessage } },
  );
}

function connectionError(error: unknown, baseUrl: string): TinyAgentError {
  const code = networkErrorCode(error);
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  const hint =
    code === "ECONNREFUSED"
      ? ` Is the server running at ${baseUrl}? Start llama.cpp's llama-server or LM Studio's local server, or change the planner URL.`
      : ` Check that the server at ${baseUrl} is reachable.`;
  return new TinyAgentError("planner/http", `Could not reach the planner server (${detail}).${hint}`, {
    cause: error,
    context: { baseUrl, networkCode: code },
  });
}

/** The fields of an OpenAI `chat.completion.chunk` we read; everything is optional on the wire. */
interface ChatCompletionChunk {
  readonly choices?: readonly {
    readonly delta?: { readonly content?: unknown };
    readonly finish_reason?: unknown;
  }[];
  readonly usage?: {
    readonly prompt_tokens?: unknown;
    readonly completion_tokens?: unknown;
    readonly prompt_tokens_details?: { readonly cached_tokens?: unknown };
  } | null;
  readonly timings?: { readonly prompt_n?: unknown } | null;
  readonly error?: unknown;
}
