import { AbortError, isAbortError, throwIfAborted } from "../base/index.js";
import {
  type JoinDecision,
  type Joiner,
  type JoinInput,
  SummaryJoiner,
  type TaskOutcome,
} from "../executor/index.js";
import { type Planner, parseJoinerOutput } from "../planner/index.js";
import { extendScratchpad, joinerPrompt, renderScratchpadEntry } from "../prompt/index.js";
import { ToolRegistry } from "../tools/index.js";
import { planIssuesObservation } from "./planIssuesObservation.js";
import { renderOutcome } from "./renderOutcome.js";

/** The joiner's stop sequence in the reference (`LLMCompilerAgent.arun`). */
export const END_OF_RESPONSE = "<END_OF_RESPONSE>";

const DEFAULT_MAX_TOKENS = 512;
/** A line holding `Action:` that has ended: the verdict is complete, the rest would be rambling. */
const COMPLETE_ACTION_LINE = /Action:[^\n]*\n/;

export interface LlmJoinerOptions {
  /** The tools whose parameter names label calls in the scratchpad (default: the 16 built-ins). */
  readonly registry?: ToolRegistry;
  /**
   * The latest PDF summary the tools made, for a `Finish(Summary)` when no `summarize_pdf` step
   * of this run succeeded (the reference keeps a global cache of it).
   */
  readonly summaryCache?: () => string | undefined;
  /** Most tokens the model may write (default 512). */
  readonly maxTokens?: number;
  /** Decides when the model gives no usable verdict (default SummaryJoiner). */
  readonly fallback?: Joiner;
}

/** What the joiner remembers of the run it is in: the reference's scratchpad accumulates. */
interface RunState {
  readonly query: string;
  readonly round: number;
  readonly scratchpad: string;
  readonly summary: string | undefined;
}

/**
 * The reference's LLM joiner (spec §3.5) behind the executor's Joiner interface: it renders the
 * round as a scratchpad (stringified, substituted calls without step numbers, their thoughts and
 * observations, plus a synthetic `join()` carrying any plan parse errors), sends
 * `joinerPrompt(...)` (OUTPUT_PROMPT, or OUTPUT_PROMPT_FINAL when `final`) as one user message
 * with no system prompt and stop `<END_OF_RESPONSE>`, and parses the reply with
 * `parseJoinerOutput`. `Action: Replan` becomes a replan decision except in the final round;
 * `Finish(Summary)` becomes the PDF summary the run produced.
 *
 * A small model may ramble: reading stops once an `Action:` line is complete, and when there is
 * no usable verdict (no Action line, an empty Finish, Replan in the final round, a Summary with
 * no summary, or a failed generation) the `fallback` joiner answers and its thought says why.
 * Cancellation is not a failure: it rejects with AbortError.
 *
 * The scratchpad accumulates across the rounds of one run, as the reference's does: a join for
 * round N > 1 of the same query continues the scratchpad of round N − 1, and round 1 starts
 * afresh. So one LlmJoiner serves one run at a time (the planner serialises its calls anyway).
 */
export class LlmJoiner implements Joiner {
  readonly #planner: Planner;
  readonly #registry: ToolRegistry;
  readonly #options: LlmJoinerOptions;
  readonly #fallback: Joiner;
  #run: RunState | undefined;

  constructor(planner: Planner, options: LlmJoinerOptions = {}) {
    this.#planner = planner;
    this.#options = options;
    this.#registry = options.registry ?? new ToolRegistry();
    this.#fallback = options.fallback ?? new SummaryJoiner();
  }

  async join(input: JoinInput, { signal }: { signal: AbortSignal }): Promise<JoinDecision> {
    throwIfAborted(signal);
    const previous = this.#continues(input) ? this.#run : undefined;
    const entries = input.tasks.map((outcome) => renderOutcome(outcome, { registry: this.#registry }));
    if (input.issues.length > 0) {
      entries.push(
        renderScratchpadEntry({ call: "join()", observation: planIssuesObservation(input.issues) }),
      );
    }
    const run: RunState = {
      query: input.query,
      round: input.round,
      scratchpad: extendScratchpad(previous?.scratchpad ?? "", entries),
      summary: latestSummary(input.tasks) ?? previous?.summary,
    };
    this.#run = run;

    let text: string;
    try {
      text = await this.#generate(
        joinerPrompt({ query: input.query, scratchpad: run.scratchpad, final: input.final }),
        signal,
      );
    } catch (error) {
      if (signal.aborted || isAbortError(error)) throw new AbortError();
      const message = error instanceof Error ? error.message : String(error);
      return this.#fallBack(input, signal, `The joiner model failed (${message}).`);
    }

    const output = parseJoinerOutput(text);
    if (!output.hasAction) return this.#fallBack(input, signal, "The joiner model gave no Action.");
    if (output.isReplan) {
      if (!input.final) return { kind: "replan", thought: output.thought };
      return this.#fallBack(input, signal, "The joiner model asked to replan in the final round.");
    }
    let answer = output.answer.trim();
    if (answer === "Summary") {
      const summary = run.summary ?? this.#options.summaryCache?.();
      if (!summary)
        return this.#fallBack(input, signal, "The joiner model chose a summary, but there is none.");
      answer = summary;
    }
    if (answer === "") return this.#fallBack(input, signal, "The joiner model gave an empty answer.");
    return { kind: "finish", answer, ...(output.thought === "" ? {} : { thought: output.thought }) };
  }

  /** Whether `input` is the next round of the run the last join belonged to. */
  #continues(input: JoinInput): boolean {
    return input.round > 1 && this.#run?.query === input.query && this.#run.round === input.round - 1;
  }

  async #generate(prompt: string, signal: AbortSignal): Promise<string> {
    let text = "";
    const parts = this.#planner.plan(
      { user: prompt, stop: [END_OF_RESPONSE], maxTokens: this.#options.maxTokens ?? DEFAULT_MAX_TOKENS },
      { signal },
    );
    for await (const part of parts) {
      if (part.type === "text-delta") {
        text += part.text;
        // Leaving the loop ends the planner's stream, which stops decoding.
        if (COMPLETE_ACTION_LINE.test(text)) break;
      } else if (part.type === "plan-reset") {
        text = "";
      }
    }
    return text;
  }

  async #fallBack(input: JoinInput, signal: AbortSignal, reason: string): Promise<JoinDecision> {
    const decision = await this.#fallback.join(input, { signal });
    return decision.kind === "finish"
      ? { ...decision, thought: `${reason} Answered from the step results instead.` }
      : decision;
  }
}

/** The last successful `summarize_pdf` observation of the round: what `Finish(Summary)` means. */
function latestSummary(tasks: readonly TaskOutcome[]): string | undefined {
  const summaries = tasks.filter(
    (outcome) => outcome.task.tool === "summarize_pdf" && outcome.status === "done",
  );
  const last = summaries.at(-1);
  return last?.status === "done" ? last.observation : undefined;
}
