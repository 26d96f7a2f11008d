import { TinyAgentError } from "../base/index.js";
import { END_OF_PLAN, type PlanGrammarOptions, planGrammar } from "../plan/index.js";
import type { PlanRequest } from "../planner/index.js";
import { type PromptProfile, plannerSystemPrompt, plannerUserMessage } from "../prompt/index.js";
import { ToolRegistry, type ToolSpec } from "../tools/index.js";

export interface BuildPlanRequestOptions {
  /** The user's request, as typed or transcribed. */
  readonly query: string;
  /** The moment the query is relative to: the prompt's date line, in this Date's local time. */
  readonly now: Date;
  /** Which prompt family the model expects (a models.json entry names it). */
  readonly profile: PromptProfile;
  /** The tools offered in the prompt, in prompt order (all enabled tools, or a ToolRAG subset). */
  readonly tools: readonly ToolSpec[];
  /** The user's free-text instruction from Settings. */
  readonly customInstructions?: string;
  /** In-context examples, most similar first (default: the profile's fixed examples). */
  readonly examples?: readonly string[];
  /**
   * Constrain decoding with the plan grammar for `tools` (default true). Options bound it further
   * (steps, string length, …); `false` sends no grammar, for servers that do not take one.
   */
  readonly grammar?: boolean | PlanGrammarOptions;
  /** Upper bound on generated tokens (default: none, the context decides). */
  readonly maxTokens?: number;
  /**
   * The tools a plan may name when a backend validates it (default: exactly `tools`). The reference
   * accepts every enabled tool even when ToolRAG left it out of the prompt (spec §4.4).
   */
  readonly registry?: ToolRegistry;
}

type ProfileMessages = (options: BuildPlanRequestOptions) => Pick<PlanRequest, "system" | "user">;

/**
 * How each profile turns a query into messages. A new profile is one entry here; everything
 * else in a request (grammar, stop, registry) is the same for every profile.
 */
const PROFILE_MESSAGES: Readonly<Record<PromptProfile, ProfileMessages>> = {
  tinyagent: ({ tools, now, customInstructions, examples, query }) => ({
    system: plannerSystemPrompt({
      tools,
      now,
      ...(customInstructions === undefined ? {} : { customInstructions }),
      ...(examples === undefined ? {} : { examples }),
    }),
    user: plannerUserMessage(query),
  }),
  compact: () => {
    throw new TinyAgentError(
      "agent/profile-unavailable",
      'The "compact" prompt profile is not available yet; use a model with the "tinyagent" profile.',
      { context: { profile: "compact" } },
    );
  },
};

/**
 * Builds what a {@link Planner} is asked for one first plan: the profile's system prompt and user
 * message for `query` at `now`, the stop `<END_OF_PLAN>`, the plan grammar over `tools` (unless
 * disabled) and the registry to validate against. Pure and deterministic, so the agent's run loop,
 * the eval harness and the benchmark send byte-identical requests for the same input.
 *
 * @throws TinyAgentError `agent/profile-unavailable` for a profile not built yet;
 * `plan/grammar-options` for invalid grammar bounds.
 */
export function buildPlanRequest(options: BuildPlanRequestOptions): PlanRequest {
  const { tools, grammar = true, maxTokens } = options;
  const messages = PROFILE_MESSAGES[options.profile](options);
  return {
    ...messages,
    stop: [END_OF_PLAN],
    ...(grammar === false ? {} : { grammar: planGrammar(tools, grammar === true ? {} : grammar) }),
    registry: options.registry ?? new ToolRegistry(tools),
    ...(maxTokens === undefined ? {} : { maxTokens }),
  };
}
