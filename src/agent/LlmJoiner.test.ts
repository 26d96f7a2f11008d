import { describe, expect, it } from "vitest";
import { isAbortError, TinyAgentError } from "../base/index.js";
import { type JoinInput, SummaryJoiner, type TaskOutcome } from "../executor/index.js";
import type { PlanIssue, PlanValue } from "../plan/index.js";
import type { Planner, PlannerPart, PlanRequest } from "../planner/index.js";
import { JOINER_FINAL_PROMPT, JOINER_PROMPT } from "../prompt/index.js";
import { LlmJoiner } from "./LlmJoiner.js";

interface Call {
  readonly request: PlanRequest;
  readonly signal: AbortSignal | undefined;
}

/**
 * A planner that answers each call with the next script: its chunks as text deltas, then
 * plan-end. A script that is an Error fails the call after its chunks. Records what it was asked
 * and how many chunks each call's consumer read.
 */
function scriptedPlanner(...scripts: (readonly string[] | Error)[]) {
  const calls: Call[] = [];
  const chunksRead: number[] = [];
  const planner: Planner = {
    async *plan(request, options = {}): AsyncGenerator<PlannerPart> {
      calls.push({ request, signal: options.signal });
      const script = scripts[calls.length - 1] ?? [];
      const index = chunksRead.push(0) - 1;
      if (script instanceof Error) throw script;
      for (const text of script) {
        options.signal?.throwIfAborted();
        chunksRead[index] = (chunksRead[index] ?? 0) + 1;
        yield { type: "text-delta", text };
        await Promise.resolve();
      }
      yield {
        type: "plan-end",
        stats: {
          promptTokens: 0,
          evaluatedPromptTokens: 0,
          prefillMs: 0,
          decodeTokens: 0,
          decodeTokensPerSecond: 0,
          totalMs: 0,
        },
      };
    },
  };
  return { planner, calls, chunksRead };
}

function outcome(
  idx: number,
  tool: string,
  args: PlanValue[],
  result:
    | { status: "done"; observation: string }
    | { status: "failed"; error: { code: string; message: string } }
    | { status: "skipped"; reason: string; rootIdx: number },
  thought?: string,
): TaskOutcome {
  return {
    task: {
      idx,
      tool,
      args,
      argsText: "",
      deps: [],
      line: idx,
      isJoin: false,
      ...(thought ? { thought } : {}),
    },
    args,
    risk: "read",
    ...result,
  };
}

const phone = outcome(1, "get_phone_number", ["Sid"], { status: "done", observation: "+15551234" });
const sms = outcome(
  2,
  "send_sms",
  [["+15551234"], "Hi"],
  { status: "failed", error: { code: "tools/failure", message: "Messages is not running." } },
  "Then text him.",
);

function input(overrides: Partial<JoinInput> = {}): JoinInput {
  return { query: "Text Sid hi", tasks: [phone, sms], issues: [], round: 1, final: false, ...overrides };
}

const signal = () => new AbortController().signal;

/** What the deterministic fallback says for `input()`. */
async function fallbackAnswer(): Promise<string> {
  const decision = await new SummaryJoiner().join(input(), { signal: signal() });
  return decision.kind === "finish" ? decision.answer : "";
}

describe("LlmJoiner", () => {
  it("sends the joiner prompt as one user message with stop <END_OF_RESPONSE> and reads Finish", async () => {
    const { planner, calls } = scriptedPlanner([
      "Thought: The SMS",
      " failed.\nAction: Fin",
      "ish(I could not text Sid.)\n",
    ]);
    const decision = await new LlmJoiner(planner).join(input(), { signal: signal() });

    expect(decision).toEqual({ kind: "finish", answer: "I could not text Sid.", thought: "The SMS failed." });
    const request = calls[0]?.request;
    expect(request?.system).toBeUndefined();
    expect(request?.grammar).toBeUndefined();
    expect(request?.stop).toEqual(["<END_OF_RESPONSE>"]);
    expect(request?.maxTokens).toBe(512);
    expect(request?.user.startsWith(JOINER_PROMPT)).toBe(true);
    expect(request?.user.slice(JOINER_PROMPT.length)).toMatchInlineSnapshot(`
      "
      Question: Text Sid hi

      get_phone_number(Sid)
      Observation: +15551234
      Thought: Then text him.
      send_sms(recipients=['+15551234'], message=Hi)
      Observation: Error: Messages is not running! You MUST correct this error and try again!
      "
    `);
  });

  it("returns a replan with the model's thought in a round that may replan", async () => {
    const { planner } = scriptedPlanner(["Thought: The error is fixable.\nAction: Replan\n"]);
    const decision = await new LlmJoiner(planner).join(input(), { signal: signal() });
    expect(decision).toEqual({ kind: "replan", thought: "The error is fixable." });
  });

  it("uses the Finish-only prompt in the final round and never replans there", async () => {
    const { planner, calls } = scriptedPlanner(["Thought: Try again.\nAction: Replan"]);
    const decision = await new LlmJoiner(planner).join(input({ final: true }), { signal: signal() });

    expect(calls[0]?.request.user.startsWith(`${JOINER_FINAL_PROMPT}\nQuestion: Text Sid hi\n\n`)).toBe(true);
    expect(decision.kind).toBe("finish");
    if (decision.kind === "finish") {
      expect(decision.answer).toBe(await fallbackAnswer());
      expect(decision.thought).toBe(
        "The joiner model asked to replan in the final round. Answered from the step results instead.",
      );
    }
  });

  it("replaces Finish(Summary) with the summary the summarize_pdf step produced", async () => {
    const tasks = [
      outcome(1, "open_and_get_file_path", ["Apple Demo"], {
        status: "done",
        observation: "/Users/me/Apple_Demo.pdf",
      }),
      outcome(2, "summarize_pdf", ["/Users/me/Apple_Demo.pdf"], {
        status: "done",
        observation: "The new iPhone ships in 2023.",
      }),
    ];
    const { planner, calls } = scriptedPlanner(["Action: Finish(Summary)\n"]);
    const decision = await new LlmJoiner(planner).join(input({ query: "Summarize Apple Demo", tasks }), {
      signal: signal(),
    });
    expect(decision).toEqual({ kind: "finish", answer: "The new iPhone ships in 2023." });
    expect(calls[0]?.request.user.slice(JOINER_PROMPT.length)).toBe(
      "\nQuestion: Summarize Apple Demo\n\nopen_and_get_file_path(Apple Demo)\n" +
        "Observation: /Users/me/Apple_Demo.pdf\nsummarize_pdf(/Users/me/Apple_Demo.pdf)\n" +
        "Observation: The new iPhone ships in 2023.\n",
    );
  });

  it("takes the summary from summaryCache when no step of the run made one", async () => {
    const { planner } = scriptedPlanner(["Action: Finish(Summary)"]);
    const joiner = new LlmJoiner(planner, { summaryCache: () => "Cached summary." });
    expect(await joiner.join(input(), { signal: signal() })).toEqual({
      kind: "finish",
      answer: "Cached summary.",
    });
  });

  it("falls back to the summary joiner when the model rambles without an Action", async () => {
    expect(await fallbackAnswer()).toContain("messages is not running");
    const { planner } = scriptedPlanner(["Sid is a friend. ", "He likes SMS.\nThe end."]);
    const decision = await new LlmJoiner(planner).join(input(), { signal: signal() });
    expect(decision).toEqual({
      kind: "finish",
      answer: await fallbackAnswer(),
      thought: "The joiner model gave no Action. Answered from the step results instead.",
    });
  });

  it("falls back when generation fails, or Finish is empty, or there is no summary", async () => {
    const failing = scriptedPlanner(new TinyAgentError("planner/decode", "Decoding failed: boom"));
    const failed = await new LlmJoiner(failing.planner).join(input(), { signal: signal() });
    expect(failed.kind === "finish" && failed.thought).toBe(
      "The joiner model failed (Decoding failed: boom). Answered from the step results instead.",
    );

    const empty = scriptedPlanner(["Action: Finish( )"]);
    const emptyDecision = await new LlmJoiner(empty.planner).join(input(), { signal: signal() });
    expect(emptyDecision.kind === "finish" && emptyDecision.thought).toMatch(
      /^The joiner model gave an empty answer/,
    );

    const noSummary = scriptedPlanner(["Action: Finish(Summary)"]);
    const noSummaryDecision = await new LlmJoiner(noSummary.planner).join(input(), { signal: signal() });
    expect(noSummaryDecision.kind === "finish" && noSummaryDecision.answer).toBe(await fallbackAnswer());
  });

  it("stops reading once the Action line is complete", async () => {
    const { planner, chunksRead } = scriptedPlanner([
      "Thought: Done.\n",
      "Action: Finish(Sent.)",
      "\n",
      "Thought: rambling\n",
      "Action: Replan\n",
    ]);
    const decision = await new LlmJoiner(planner).join(input(), { signal: signal() });
    expect(decision).toEqual({ kind: "finish", answer: "Sent.", thought: "Done." });
    expect(chunksRead[0]).toBe(3);
  });

  it("passes the signal to the planner and rejects with AbortError when it fires", async () => {
    const controller = new AbortController();
    const { planner, calls } = scriptedPlanner(["Thought: ", "slow", " thinking", "\nAction: Finish(x)\n"]);
    const joining = new LlmJoiner(planner).join(input(), { signal: controller.signal });
    controller.abort();
    const error = await joining.catch((caught: unknown) => caught);
    expect(isAbortError(error)).toBe(true);
    expect(calls[0]?.signal).toBe(controller.signal);
  });

  it("shows plan parse errors as the reference's synthetic join observation", async () => {
    const issues: PlanIssue[] = [
      { line: 2, message: 'unknown tool "send_fax" in step 2', code: "plan/unknown-tool" },
    ];
    const { planner, calls } = scriptedPlanner(["Action: Replan"]);
    await new LlmJoiner(planner).join(input({ tasks: [phone], issues }), { signal: signal() });
    expect(calls[0]?.request.user.slice(JOINER_PROMPT.length)).toBe(
      "\nQuestion: Text Sid hi\n\nget_phone_number(Sid)\nObservation: +15551234\njoin()\n" +
        'Observation: The plan generation was stopped due to an error in line 2! Error: Unknown tool "send_fax" in step 2! ' +
        "You MUST correct this error and try again!\n",
    );
  });

  it("accumulates the scratchpad over the rounds of one run and restarts with round 1", async () => {
    const retried = outcome(1, "send_sms", [["+15551234"], "Hi"], {
      status: "done",
      observation: "SMS draft composed",
    });
    const { planner, calls } = scriptedPlanner(
      ["Thought: Fixable.\nAction: Replan"],
      ["Action: Finish(Done.)"],
      ["Action: Finish(Done.)"],
    );
    const joiner = new LlmJoiner(planner);
    await joiner.join(input(), { signal: signal() });
    await joiner.join(input({ tasks: [retried], round: 2, final: true }), { signal: signal() });
    await joiner.join(input({ tasks: [retried] }), { signal: signal() });

    const first =
      "get_phone_number(Sid)\nObservation: +15551234\nThought: Then text him.\n" +
      "send_sms(recipients=['+15551234'], message=Hi)\n" +
      "Observation: Error: Messages is not running! You MUST correct this error and try again!";
    const retry = "send_sms(recipients=['+15551234'], message=Hi)\nObservation: SMS draft composed";
    expect(calls[1]?.request.user).toBe(
      `${JOINER_FINAL_PROMPT}\nQuestion: Text Sid hi\n\n${first}\n\n${retry}\n`,
    );
    expect(calls[2]?.request.user).toBe(`${JOINER_PROMPT}\nQuestion: Text Sid hi\n\n${retry}\n`);
  });
});
