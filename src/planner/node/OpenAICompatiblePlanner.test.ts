import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { TinyAgentError } from "../../base/index.js";
import type { PlanIssue } from "../../plan/index.js";
import { ToolRegistry } from "../../tools/index.js";
import type { PlannerPart, PlanRequest } from "../Planner.js";
import { OpenAICompatiblePlanner } from "./OpenAICompatiblePlanner.js";

interface RecordedRequest {
  readonly url: string | undefined;
  readonly headers: IncomingMessage["headers"];
  readonly body: Record<string, unknown>;
}

type Handler = (request: RecordedRequest, response: ServerResponse, index: number) => void | Promise<void>;

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A local chat server: records every request and lets `handler` answer it. */
async function startServer(handler: Handler): Promise<{ baseUrl: string; requests: RecordedRequest[] }> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const recorded = {
      url: incoming.url,
      headers: incoming.headers,
      body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>,
    };
    requests.push(recorded);
    response.socket?.setNoDelay(true);
    await handler(recorded, response, requests.length - 1);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/v1`, requests };
}

/** SSE events for `text` as one content delta per piece, then `stop`, usage and [DONE]. */
function completionEvents(pieces: readonly string[], finishReason = "stop"): string {
  const event = (value: unknown) => `data: ${JSON.stringify(value)}\n\n`;
  return [
    event({ choices: [{ index: 0, delta: { role: "assistant" } }] }),
    ...pieces.map((content) => event({ choices: [{ index: 0, delta: { content } }] })),
    event({ choices: [{ index: 0, delta: {}, finish_reason: finishReason }] }),
    event({ choices: [], usage: { prompt_tokens: 42, completion_tokens: pieces.length } }),
    "data: [DONE]\n\n",
  ].join("");
}

async function sendChunks(response: ServerResponse, chunks: readonly (string | Buffer)[]): Promise<void> {
  response.writeHead(200, { "content-type": "text/event-stream" });
  response.flushHeaders();
  for (const chunk of chunks) {
    response.write(chunk);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  response.end();
}

async function collect(parts: AsyncIterable<PlannerPart>): Promise<PlannerPart[]> {
  const collected: PlannerPart[] = [];
  for await (const part of parts) collected.push(part);
  return collected;
}

function textOf(parts: readonly PlannerPart[]): string {
  return parts.map((part) => (part.type === "text-delta" ? part.text : "")).join("");
}

const GOOD_PLAN = '1. get_phone_number("Ağa")\n2. join()';
const BAD_PLAN = '1. get_phone_number("Ağa")\n2. send_fax("$1")\n3. join()';

const baseRequest: PlanRequest = {
  system: "You are a planner.",
  user: "Question: call Ağa",
  stop: ["<END_OF_PLAN>"],
};

/** Stands in for the plan validator: only `send_fax` is wrong. */
function fakeValidator(calls: string[]) {
  return (text: string): PlanIssue[] => {
    calls.push(text);
    return text.includes("send_fax")
      ? [{ line: 2, message: 'unknown tool "send_fax"', code: "plan/unknown-tool" }]
      : [];
  };
}

describe("OpenAICompatiblePlanner", () => {
  it("parses a stream split inside `data:`, a JSON string, CR/LF and a multi-byte character", async () => {
    const events = completionEvents(['1. get_phone_number("Ağa")\n', "2. join()"]).replaceAll("\n", "\r\n");
    const bytes = Buffer.from(`: ping\r\n\r\n${events}`, "utf8");
    const cutPoints = [
      bytes.indexOf("data:") + 2,
      bytes.indexOf("get_phone") + 4,
      bytes.indexOf("\r\n\r\n") + 1,
      bytes.indexOf(Buffer.from("ğ", "utf8")) + 1,
      bytes.lastIndexOf("[DONE]") + 3,
    ].sort((a, b) => a - b);
    const chunks = cutPoints.map((cut, index) => bytes.subarray(cutPoints[index - 1] ?? 0, cut));
    chunks.push(bytes.subarray(cutPoints.at(-1)));
    const { baseUrl, requests } = await startServer((_request, response) => sendChunks(response, chunks));

    const planner = new OpenAICompatiblePlanner({ baseUrl, model: "tinyagent-1.1b", grammarField: "none" });
    const parts = await collect(planner.plan({ ...baseRequest, maxTokens: 256 }));

    expect(textOf(parts)).toBe(`${GOOD_PLAN}<END_OF_PLAN>`);
    const end = parts.at(-1);
    expect(end?.type).toBe("plan-end");
    if (end?.type === "plan-end") {
      expect(end.stats.promptTokens).toBe(42);
      expect(end.stats.decodeTokens).toBe(2);
    }
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe("/v1/chat/completions");
    expect(requests[0]?.headers.authorization).toBe("Bearer lm-studio");
    expect(requests[0]?.body).toMatchObject({
      model: "tinyagent-1.1b",
      messages: [
        { role: "system", content: "You are a planner." },
        { role: "user", content: "Question: call Ağa" },
      ],
      stream: true,
      temperature: 0,
      stop: ["<END_OF_PLAN>"],
      max_tokens: 256,
    });
    expect(requests[0]?.body).not.toHaveProperty("grammar");
  });

  it("does not append <END_OF_PLAN> when the output was cut by the token limit", async () => {
    const { baseUrl } = await startServer((_request, response) =>
      sendChunks(response, [completionEvents(["1. get_phone_number(", '"Ağa")\n2. join()'], "length")]),
    );
    const planner = new OpenAICompatiblePlanner({ baseUrl, model: "m", grammarField: "none" });
    expect(textOf(await collect(planner.plan(baseRequest)))).toBe(GOOD_PLAN);
  });

  it("sends no system message when the request has no system prompt (the joiner's one message)", async () => {
    const { baseUrl, requests } = await startServer((_request, response) =>
      sendChunks(response, [completionEvents(["Action: Finish(ok)"])]),
    );
    const planner = new OpenAICompatiblePlanner({ baseUrl, model: "m" });
    const parts = await collect(planner.plan({ user: "Question: q", stop: ["<END_OF_RESPONSE>"] }));
    expect(textOf(parts)).toBe("Action: Finish(ok)");
    expect(requests[0]?.body.messages).toEqual([{ role: "user", content: "Question: q" }]);
  });

  it("sends the grammar as llama.cpp's `grammar` field and trusts it", async () => {
    const { baseUrl, requests } = await startServer((_request, response) =>
      sendChunks(response, [completionEvents([GOOD_PLAN])]),
    );
    const validated: string[] = [];
    const planner = new OpenAICompatiblePlanner({
      baseUrl,
      model: "m",
      grammarField: "llama.cpp",
      validatePlan: fakeValidator(validated),
    });
    await collect(planner.plan({ ...baseRequest, grammar: 'root ::= "x"', registry: new ToolRegistry() }));
    expect(requests[0]?.body.grammar).toBe('root ::= "x"');
    expect(validated).toEqual([]);
  });

  it("retries without the grammar when the server rejects it with HTTP 400, and remembers", async () => {
    const { baseUrl, requests } = await startServer((request, response) => {
      if ("grammar" in request.body) {
        response.writeHead(400, { "content-type": "application/json" });
        response.end(
          JSON.stringify({ error: { message: "Unrecognized request argument supplied: grammar" } }),
        );
        return;
      }
      return sendChunks(response, [completionEvents([GOOD_PLAN])]);
    });
    const validated: string[] = [];
    const planner = new OpenAICompatiblePlanner({
      baseUrl,
      model: "m",
      validatePlan: fakeValidator(validated),
    });
    const request = { ...baseRequest, grammar: 'root ::= "x"', registry: new ToolRegistry() };

    expect(textOf(await collect(planner.plan(request)))).toBe(`${GOOD_PLAN}<END_OF_PLAN>`);
    expect(requests.map((recorded) => "grammar" in recorded.body)).toEqual([true, false]);
    expect(validated).toEqual([`${GOOD_PLAN}<END_OF_PLAN>`]);

    await collect(planner.plan(request));
    expect(requests.map((recorded) => "grammar" in recorded.body)).toEqual([true, false, false]);
  });

  it("asks once for a corrected plan when validation fails, announcing it with plan-reset", async () => {
    const { baseUrl, requests } = await startServer((_request, response, index) =>
      sendChunks(response, [completionEvents([index === 0 ? BAD_PLAN : GOOD_PLAN])]),
    );
    const validated: string[] = [];
    const planner = new OpenAICompatiblePlanner({
      baseUrl,
      model: "m",
      grammarField: "none",
      validatePlan: fakeValidator(validated),
    });
    const parts = await collect(planner.plan({ ...baseRequest, registry: new ToolRegistry() }));

    const resetAt = parts.findIndex((part) => part.type === "plan-reset");
    expect(resetAt).toBeGreaterThan(0);
    expect(parts[resetAt]).toEqual({
      type: "plan-reset",
      reason: expect.stringContaining('unknown tool "send_fax"'),
    });
    expect(textOf(parts.slice(0, resetAt))).toBe(`${BAD_PLAN}<END_OF_PLAN>`);
    expect(textOf(parts.slice(resetAt))).toBe(`${GOOD_PLAN}<END_OF_PLAN>`);
    expect(parts.at(-1)?.type).toBe("plan-end");

    expect(requests).toHaveLength(2);
    expect(requests[1]?.body.messages).toEqual([
      { role: "system", content: "You are a planner." },
      { role: "user", content: "Question: call Ağa" },
      { role: "assistant", content: `${BAD_PLAN}<END_OF_PLAN>` },
      {
        role: "user",
        content:
          'Your plan has these problems:\nline 2: unknown tool "send_fax"\nWrite the whole corrected plan.',
      },
    ]);
    expect(validated).toHaveLength(1);
  });

  it("explains a refused connection and names the server URL", async () => {
    const { baseUrl } = await startServer(() => undefined);
    const server = servers.pop();
    await new Promise((resolve) => server?.close(resolve));

    const planner = new OpenAICompatiblePlanner({ baseUrl, model: "m" });
    const error = await collect(planner.plan(baseRequest)).catch((caught: unknown) => caught);
    expect(TinyAgentError.isInstance(error)).toBe(true);
    expect((error as TinyAgentError).code).toBe("planner/http");
    expect((error as TinyAgentError).message).toContain("ECONNREFUSED");
    expect((error as TinyAgentError).message).toContain(`Is the server running at ${baseUrl}?`);
  });

  it("reports an HTTP error with the status and the server's message", async () => {
    const { baseUrl } = await startServer((_request, response) => {
      response.writeHead(503, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { code: 503, message: "Loading model" } }));
    });
    const planner = new OpenAICompatiblePlanner({ baseUrl, model: "m" });
    const error = await collect(planner.plan(baseRequest)).catch((caught: unknown) => caught);
    expect((error as TinyAgentError).code).toBe("planner/http");
    expect((error as TinyAgentError).message).toMatch(/HTTP 503.*Loading model/);
    expect((error as TinyAgentError).context.status).toBe(503);
  });

  it("reports an error the server sends inside the stream", async () => {
    const { baseUrl } = await startServer((_request, response) =>
      sendChunks(response, [
        `data: ${JSON.stringify({ error: { code: 500, message: "context size exceeded" } })}\n\n`,
      ]),
    );
    const planner = new OpenAICompatiblePlanner({ baseUrl, model: "m" });
    const error = await collect(planner.plan(baseRequest)).catch((caught: unknown) => caught);
    expect((error as TinyAgentError).code).toBe("planner/http");
    expect((error as TinyAgentError).message).toContain("context size exceeded");
  });

  it("gives up when the server stays silent longer than the timeout", async () => {
    const { baseUrl } = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.flushHeaders();
    });
    const planner = new OpenAICompatiblePlanner({ baseUrl, model: "m", timeoutMs: 100 });
    const error = await collect(planner.plan(baseRequest)).catch((caught: unknown) => caught);
    expect((error as TinyAgentError).code).toBe("planner/timeout");
  });

  it("stops the request when the signal aborts", async () => {
    const { baseUrl } = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write(`data: ${JSON.stringify({ choices: [{ delta: { content: "1. " } }] })}\n\n`);
      // Never ends: only the abort can finish the plan.
    });
    const planner = new OpenAICompatiblePlanner({ baseUrl, model: "m" });
    const controller = new AbortController();
    const seen: PlannerPart[] = [];
    const error = await (async () => {
      for await (const part of planner.plan(baseRequest, { signal: controller.signal })) {
        seen.push(part);
        controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual([{ type: "text-delta", text: "1. " }]);
    expect((error as TinyAgentError).code).toBe("base/aborted");
  });
});
