import { isAbortError, pickDefined } from "../base/index.js";
import {
  type ApprovalPolicy,
  type Approver,
  type Joiner,
  type RunResult,
  type RunStatus,
  runPlan,
  SummaryJoiner,
} from "../executor/index.js";
import type { PlanGrammarOptions } from "../plan/index.js";
import type { Planner, PlannerStats, PlanRequest } from "../planner/index.js";
import { type PromptProfile, plannerSystemPrompt, replanUserMessage } from "../prompt/index.js";
import type { ToolSelection, ToolSelector } from "../toolrag/index.js";
import type { ToolBackend, ToolRegistry, ToolSpec } from "../tools/index.js";
import type { AgentEvent, AgentEventListener } from "./AgentEvent.js";
import { buildPlanRequest } from "./buildPlanRequest.js";
import { plannerText } from "./plannerText.js";
import { replanContext } from "./replanContext.js";

/** The reference allows one replan (`max_replans=2` rounds in all, spec §3.6). */
export const DEFAULT_MAX_REPLANS = 1;

export interface RunAgentOptions {
  readonly planner: Planner;
  readonly backend: ToolBackend;
  /** The enabled tools: offered in the prompt, accepted by the parser and run by the executor. */
  readonly registry: ToolRegistry;
  readonly profile: PromptProfile;
  /**
   * ToolRAG: chooses the tools (and in-context examples) for the first plan's prompt and grammar
   * from the enabled ones. Without it every enabled tool is offered with the profile's fixed
   * examples. The replan round always offers every enabled tool, and the parser and executor
   * accept every enabled tool in every round (spec §4.4).
   */
  readonly toolSelector?: ToolSelector;
  /** The moment the query is relative to (default: now). */
  readonly now?: Date;
  readonly customInstructions?: string;
  /** Constrain decoding with the plan grammar (default true; see buildPlanRequest). */
  readonly grammar?: boolean | PlanGrammarOptions;
  /** Names, files and places copied whole from the query (default per profile; see buildPlanRequest). */
  readonly copyArguments?: boolean;
  readonly maxTokens?: number;
  readonly policy?: ApprovalPolicy;
  readonly approve?: Approver;
  /** Default SummaryJoiner, which never replans. */
  readonly joiner?: Joiner;
  /** Replans allowed after the first plan (default 1; always 0 for the compact profile). */
  readonly maxReplans?: number;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly onEvent?: AgentEventListener;
}

export interface AgentResult {
  readonly status: RunStatus;
  readonly reason?: string;
  readonly answer?: string;
  /** One per planning round, in order. */
  readonly rounds: readonly RunResult[];
  /** The planner's stats per round (missing for a round whose planner call failed). */
  readonly plannerStats: readonly PlannerStats[];
}

/**
 * One request, end to end: prompt → planner stream → parser → executor (with approval) →
 * joiner, and on the joiner's `Replan` a replan round with the reference's replan prompt and
 * `Previous Plan:` context (spec §3.6), at most `maxReplans` times; the last round's joiner must
 * finish. Steps start while the planner is still writing, except for planners that may withdraw
 * a plan (`revisesPlans`), whose plans run once complete. Every adapter is injected. Never
 * rejects: failures end the run with a status and a reason.
 */
export async function runAgent(query: string, options: RunAgentOptions): Promise<AgentResult> {
  // The compact profile has no replan prompt to train on: its first plan is final.
  const maxReplans = options.profile === "compact" ? 0 : (options.maxReplans ?? DEFAULT_MAX_REPLANS);
  const now = options.now ?? new Date();
  const emit = (event: AgentEvent) => options.onEvent?.(event);
  const rounds: RunResult[] = [];
  const plannerStats: PlannerStats[] = [];
  const contexts: string[] = [];
  let selection: ToolSelection | undefined;
  if (options.toolSelector) {
    try {
      selection = await selectTools(query, options.toolSelector, options, emit);
    } catch {
      return { status: "cancelled", reason: "The run was cancelled.", rounds, plannerStats };
    }
  }
  for (let round = 1; ; round++) {
    const replan = round > 1;
    const tools = replan || !selection ? options.registry.list() : selection.tools;
    emit({ type: "round-start", round, replan, tools: tools.map((tool) => tool.name) });
    let request: PlanRequest;
    try {
      request = replan
        ? replanRequest(query, now, contexts, options)
        : firstRequest(query, now, tools, selection, options);
    } catch (error) {
      return { status: "failed", reason: messageOf(error), rounds, plannerStats };
    }
    let finishing: Promise<void> | undefined;
    const text = plannerText(options.planner, request, {
      buffer: options.planner.revisesPlans === true,
      ...(options.signal ? { signal: options.signal } : {}),
      onReset: (reason) => emit({ type: "plan-reset", round, reason }),
      onEnd: (stats) => {
        plannerStats.push(stats);
        emit({ type: "planner-end", round, stats });
      },
      onFinishing: (done) => {
        finishing = done;
      },
    });
    const result = await runPlan(text, {
      query,
      registry: options.registry,
      backend: options.backend,
      joiner: options.joiner ?? new SummaryJoiner(),
      round,
      final: round > maxReplans,
      plannerDone: () => finishing,
      ...pickDefined(options, ["policy", "approve", "timeoutMs", "signal", "onEvent"]),
    });
    rounds.push(result);
    if (result.decision?.kind !== "replan" || round > maxReplans) {
      return {
        status: result.status,
        ...(result.reason === undefined ? {} : { reason: result.reason }),
        ...(result.answer === undefined ? {} : { answer: result.answer }),
        rounds,
        plannerStats,
      };
    }
    contexts.push(
      replanContext(
        { tasks: result.outcomes, thought: result.decision.thought },
        { registry: options.registry },
      ),
    );
  }
}

/**
 * Runs ToolRAG and reports it (`tools-select`). A selector that fails is not fatal: the run goes
 * on with every enabled tool, as without ToolRAG. Rejects only when the run was cancelled.
 */
async function selectTools(
  query: string,
  selector: ToolSelector,
  options: RunAgentOptions,
  emit: (event: AgentEvent) => void,
): Promise<ToolSelection | undefined> {
  const started = performance.now();
  try {
    const selection = await selector.select(query, {
      registry: options.registry,
      ...pickDefined(options, ["signal"]),
    });
    emit({
      type: "tools-select",
      tools: selection.tools.map((tool) => tool.name),
      scores: selection.scores,
      fallback: selection.fallback,
      noTool: selection.noTool,
      required: selection.required,
      ms: performance.now() - started,
    });
    return selection;
  } catch (error) {
    if (isAbortError(error) || options.signal?.aborted) throw error;
    emit({
      type: "tools-select",
      tools: options.registry.names(),
      scores: {},
      fallback: true,
      noTool: false,
      required: [],
      ms: performance.now() - started,
      error: messageOf(error),
    });
    return undefined;
  }
}

/**
 * The first plan: the offered tools (all enabled, or ToolRAG's choice) in prompt and grammar, and
 * the tools ToolRAG is sure the plan needs.
 */
function firstRequest(
  query: string,
  now: Date,
  tools: readonly ToolSpec[],
  selection: ToolSelection | undefined,
  options: RunAgentOptions,
): PlanRequest {
  const examples = selection?.examples;
  return buildPlanRequest({
    query,
    now,
    profile: options.profile,
    tools,
    // The parser accepts every enabled tool, even one ToolRAG left out of the prompt (spec §4.4).
    registry: options.registry,
    ...(examples === undefined ? {} : { examples }),
    ...(selection?.required === undefined ? {} : { requiredTools: selection.required }),
    ...pickDefined(options, ["customInstructions", "grammar", "copyArguments", "maxTokens"]),
  });
}

/**
 * The reference's replan call: the replan system prompt over every enabled tool (ToolRAG does not
 * touch it, spec §4.4) and the `Question:` + `Previous Plan:` … `Current Plan:` user message.
 */
function replanRequest(
  query: string,
  now: Date,
  contexts: readonly string[],
  options: RunAgentOptions,
): PlanRequest {
  return {
    ...firstRequest(query, now, options.registry.list(), undefined, options),
    system: plannerSystemPrompt({
      tools: options.registry.list(),
      now,
      replan: true,
      ...pickDefined(options, ["customInstructions"]),
    }),
    user: replanUserMessage(query, contexts),
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
