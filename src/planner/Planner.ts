import type { ToolRegistry } from "../tools/index.js";

/** What a planner is asked to continue: the prompt is already built by a prompt profile. */
export interface PlanRequest {
  /**
   * The system prompt (planner or replan prompt of the active profile). Omitted or empty: no
   * system message at all, as the reference joiner sends its whole prompt as one user message
   * (spec §3.5); completion-mode backends then send `user` alone.
   */
  readonly system?: string;
  /** The user message (`Question: <query>` for the tinyagent profile). */
  readonly user: string;
  /** GBNF that constrains decoding, when the runtime supports grammars. */
  readonly grammar?: string;
  /** Stop sequences; `<END_OF_PLAN>` for plans. */
  readonly stop: readonly string[];
  /** Tools the plan may use, for backends that validate and ask for a correction instead of a grammar. */
  readonly registry?: ToolRegistry;
  /** Upper bound on generated tokens. */
  readonly maxTokens?: number;
  /**
   * Tools the plan must call (ToolRAG is sure the request needs them). A planner that can go on
   * from a partial plan (node-llama-cpp) lets the model write its own plan under `grammar`, and
   * if that plan reaches its join without calling one of them, continues it from that line with
   * `resumeGrammar`, which makes the line call an owed tool; others ignore this.
   */
  readonly requiredCalls?: RequiredCalls;
}

/** Tools a plan must call, and how a planner goes on with a plan that joined without one. */
export interface RequiredCalls {
  /** Tool names, in prompt order. */
  readonly tools: readonly string[];
  /**
   * The grammar for the rest of a plan written up to the `N.` of line `step` (no space after it)
   * that has not called the tools `owed`: the line calls one of them; the lines after are free.
   * Undefined when the plan has no step left for that: it then joins as the model wrote it.
   */
  resumeGrammar(step: number, owed: readonly string[]): string | undefined;
}

/** Timings and token counts of one planner call. */
export interface PlannerStats {
  readonly promptTokens: number;
  /** Prompt tokens that had to be evaluated (the rest were reused from the previous call). */
  readonly evaluatedPromptTokens: number;
  readonly prefillMs: number;
  readonly decodeTokens: number;
  readonly decodeTokensPerSecond: number;
  readonly totalMs: number;
  /**
   * Times the plan went on after joining without a required tool (`PlanRequest.requiredCalls`);
   * absent when it never did.
   */
  readonly resumes?: number;
}

/**
 * The stream a planner returns: text as it is decoded, then its stats. A `plan-reset` means every
 * `text-delta` before it is superseded (a backend without grammar support asked the model for a
 * corrected plan after validation failed): consumers drop the text and tasks they have so far and
 * start over with the deltas that follow. `reason` is human-readable (the validator's messages).
 */
export type PlannerPart =
  | { readonly type: "text-delta"; readonly text: string }
  | { readonly type: "plan-reset"; readonly reason: string }
  | { readonly type: "plan-end"; readonly stats: PlannerStats };

/**
 * A source of plan text. Implementations: node-llama-cpp (in process), OpenAI-compatible HTTP
 * servers, and scripted fakes in tests.
 */
export interface Planner {
  plan(request: PlanRequest, options?: { signal?: AbortSignal }): AsyncIterable<PlannerPart>;
  /**
   * Whether a call may emit `plan-reset` (withdraw the text so far). The agent then holds the plan
   * back until the planner is done, so no step of a withdrawn plan ever runs. Default false.
   */
  readonly revisesPlans?: boolean;
  /** Releases models, contexts and connections the planner owns. */
  dispose?(): Promise<void>;
}
