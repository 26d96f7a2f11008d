import { pickDefined } from "../base/index.js";
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
import type { ToolBackend, ToolRegistry } from "../tools/index.js";
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
  /** The moment the query is relative to (default: now). */
  readonly now?: Date;
  readonly customInstructions?: string;
  /** Constrain decoding with the plan grammar (default true; see buildPlanRequest). */
  readonly grammar?: boolean | PlanGrammarOptions;
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
  const tools = options.registry.list();
  const rounds: RunResult[] = [];
  const plannerStats: PlannerStats[] = [];
  const contexts: string[] = [];
  for (let round = 1; ; round++) {
    const replan = round > 1;
    emit({ type: "round-start", round, replan, tools: tools.map((tool) => tool.name) });
    let request: PlanRequest;
    try {
      request = replan ? replanRequest(query, now, contexts, options) : firstRequest(query, now, options);
    } catch (error) {
      return { status: "failed", reason: messageOf(error), rounds, plannerStats };
    }
    const text = plannerText(options.planner, request, {
      buffer: options.planner.revisesPlans === true,
      ...(options.signal ? { signal: options.signal } : {}),
      onReset: (reason) => emit({ type: "plan-reset", round, reason }),
      onEnd: (stats) => {
        plannerStats.push(stats);
        emit({ type: "planner-end", round, stats });
      },
    });
    const result = await runPlan(text, {
      query,
      registry: options.registry,
      backend: options.backend,
      joiner: options.joiner ?? new SummaryJoiner(),
      round,
      final: round > maxReplans,
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

function firstRequest(query: string, now: Date, options: RunAgentOptions): PlanRequest {
  return buildPlanRequest({
    query,
    now,
    profile: options.profile,
    tools: options.registry.list(),
    registry: options.registry,
    ...pickDefined(options, ["customInstructions", "grammar", "maxTokens"]),
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
    ...firstRequest(query, now, options),
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
