import {
  COPIED_KINDS,
  DEFAULT_MAX_STEPS,
  END_OF_PLAN,
  type PlanGrammarOptions,
  planGrammar,
} from "../plan/index.js";
import type { PlanRequest, RequiredCalls } from "../planner/index.js";
import {
  compactPrompt,
  type PromptProfile,
  plannerSystemPrompt,
  plannerUserMessage,
} from "../prompt/index.js";
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
   * Constrain decoding with the plan grammar for `tools` (default true, with
   * {@link DEFAULT_GRAMMAR_BOUNDS}). Options override those bounds (steps, string length, …);
   * `false` sends no grammar, for servers that do not take one.
   */
  readonly grammar?: boolean | PlanGrammarOptions;
  /**
   * Under the grammar, arguments that name people, files, notes, folders, lists, calendars and
   * places must be `$N` references, empty, or copied whole from `query` ({@link COPIED_KINDS}).
   * Default: on for the `compact` profile, whose small model otherwise garbles names it has never
   * seen; off for `tinyagent`, whose models were trained without it.
   */
  readonly copyArguments?: boolean;
  /**
   * Tools among `tools` the plan must call (ToolRAG is sure the request needs them): under the
   * grammar, a plan that reaches its join without one goes on with a call of it (see
   * {@link PlanRequest.requiredCalls}). Default none.
   */
  readonly requiredTools?: readonly string[];
  /** Upper bound on generated tokens (default: none, the context decides). */
  readonly maxTokens?: number;
  /**
   * The tools a plan may name when a backend validates it (default: exactly `tools`). The reference
   * accepts every enabled tool even when ToolRAG left it out of the prompt (spec §4.4).
   */
  readonly registry?: ToolRegistry;
}

/**
 * Bounds that make every plan finite, even from a model that never closes a string or a thought
 * (untrained, looping): no real plan argument is longer than 400 characters (long texts arrive
 * through `$N`), lists more than 10 recipients or needs a 10-digit number.
 */
export const DEFAULT_GRAMMAR_BOUNDS: PlanGrammarOptions = {
  maxStringLength: 400,
  maxThoughtLength: 200,
  maxListItems: 10,
  maxIntDigits: 9,
};

/**
 * Tighter bounds for the small `compact` model: its arguments come from the request (names, titles,
 * messages) or wrap it ("Summary of …"), so none needs to be much longer than the request, and its
 * thoughts are short fixed sentences. A degenerate repetition ("2022222…") then ends within the
 * model's 512-token training context instead of running past it.
 */
function compactBounds(query: string): PlanGrammarOptions {
  return { maxStringLength: Math.max(48, [...query].length + 24), maxThoughtLength: 100 };
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
  // One raw completion prompt and no system message; our small model has no use for custom
  // instructions or in-context examples, so they are not sent.
  compact: ({ query, now, tools }) => ({ user: compactPrompt({ query, now, tools }) }),
};

/**
 * Builds what a {@link Planner} is asked for one first plan: the profile's system prompt and user
 * message for `query` at `now`, the stop `<END_OF_PLAN>`, the plan grammar over `tools` (unless
 * disabled) and the registry to validate against. Pure and deterministic, so the agent's run loop,
 * the eval harness and the benchmark send byte-identical requests for the same input.
 *
 * @throws TinyAgentError `plan/grammar-options` for invalid grammar bounds.
 */
export function buildPlanRequest(options: BuildPlanRequestOptions): PlanRequest {
  const { tools, grammar = true, maxTokens } = options;
  const messages = PROFILE_MESSAGES[options.profile](options);
  const compact = options.profile === "compact";
  const copy =
    (options.copyArguments ?? compact) ? { copy: { source: options.query, kinds: COPIED_KINDS } } : {};
  const grammarOptions: PlanGrammarOptions | undefined =
    grammar === false
      ? undefined
      : {
          ...DEFAULT_GRAMMAR_BOUNDS,
          ...(compact ? compactBounds(options.query) : {}),
          ...copy,
          ...(grammar === true ? {} : grammar),
        };
  const required = (options.requiredTools ?? []).filter((name) => tools.some((tool) => tool.name === name));
  return {
    ...messages,
    stop: [END_OF_PLAN],
    ...(grammarOptions === undefined ? {} : { grammar: planGrammar(tools, grammarOptions) }),
    ...(grammarOptions === undefined || required.length === 0
      ? {}
      : { requiredCalls: requiredCalls(tools, required, grammarOptions) }),
    registry: options.registry ?? new ToolRegistry(tools),
    ...(maxTokens === undefined ? {} : { maxTokens }),
  };
}

/**
 * Line `step` of a plan that joined there owing `owed` must call one of them; the last line can
 * only join, so a plan that gets there without them keeps its join.
 */
function requiredCalls(
  tools: readonly ToolSpec[],
  required: readonly string[],
  options: PlanGrammarOptions,
): RequiredCalls {
  const lastToolStep = (options.maxSteps ?? DEFAULT_MAX_STEPS) - 1;
  return {
    tools: required,
    resumeGrammar: (step, owed) =>
      step > lastToolStep || owed.length === 0
        ? undefined
        : planGrammar(tools, { ...options, resume: { step, tools: owed } }),
  };
}
