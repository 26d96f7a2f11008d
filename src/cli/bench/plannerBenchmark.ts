import { buildPlanRequest } from "../../agent/index.js";
import { TinyAgentError } from "../../base/index.js";
import { PlanStreamParser } from "../../plan/index.js";
import type { Planner, PlannerStats } from "../../planner/index.js";
import type { PromptProfile } from "../../prompt/index.js";
import type { ToolRegistry } from "../../tools/index.js";

/** Two requests with the same system prompt: the second one reuses the first one's evaluated prefix. */
export const PLANNER_BENCHMARK_QUERIES = [
  "Invite Sid Sharma and Maya Chen to a design review tomorrow at 10am and send them the Zoom link",
  "Text Lutfi that I'm running 10 minutes late",
] as const;

export interface PlannerCallMeasurement {
  readonly query: string;
  readonly stats: PlannerStats;
  /** From the call to the first complete step (what the executor could start), in ms; absent without steps. */
  readonly timeToFirstTaskMs?: number;
  readonly plan: string;
}

export interface PlannerBenchmarkResult {
  readonly cold: PlannerCallMeasurement;
  readonly warm: PlannerCallMeasurement;
  /** Prompt tokens of the cold request. */
  readonly promptTokens: number;
  readonly coldPrefillMs: number;
  readonly warmPrefillMs: number;
  /** coldPrefillMs / warmPrefillMs: what reusing the evaluated system prompt saves. */
  readonly prefillRatio: number;
  readonly decodeTokensPerSecond: number;
  /** Peak resident memory of this process, in MB (model, context and Node together). */
  readonly peakRssMb: number;
}

/**
 * Measures one loaded planner: a cold request (nothing evaluated yet), then a warm one with the
 * same system prompt and another question, each with its prefill, decode speed and the time until
 * the streaming parser has the first step. Peak RSS comes from the caller (`process.resourceUsage`).
 */
export async function plannerBenchmark(
  planner: Planner,
  options: {
    readonly profile: PromptProfile;
    readonly registry: ToolRegistry;
    readonly now: Date;
    readonly peakRssMb: () => number;
    readonly signal?: AbortSignal;
  },
): Promise<PlannerBenchmarkResult> {
  const [coldQuery, warmQuery] = PLANNER_BENCHMARK_QUERIES;
  const cold = await measure(planner, coldQuery, options);
  const warm = await measure(planner, warmQuery, options);
  return {
    cold,
    warm,
    promptTokens: cold.stats.promptTokens,
    coldPrefillMs: cold.stats.prefillMs,
    warmPrefillMs: warm.stats.prefillMs,
    prefillRatio: cold.stats.prefillMs / Math.max(warm.stats.prefillMs, 1e-3),
    decodeTokensPerSecond: (cold.stats.decodeTokensPerSecond + warm.stats.decodeTokensPerSecond) / 2,
    peakRssMb: options.peakRssMb(),
  };
}

async function measure(
  planner: Planner,
  query: string,
  options: { profile: PromptProfile; registry: ToolRegistry; now: Date; signal?: AbortSignal },
): Promise<PlannerCallMeasurement> {
  const request = buildPlanRequest({
    query,
    now: options.now,
    profile: options.profile,
    tools: options.registry.list(),
  });
  const parser = new PlanStreamParser({ registry: options.registry });
  const started = performance.now();
  let timeToFirstTaskMs: number | undefined;
  let plan = "";
  let stats: PlannerStats | undefined;
  for await (const part of planner.plan(request, options.signal ? { signal: options.signal } : {})) {
    if (part.type === "text-delta") {
      plan += part.text;
      if (timeToFirstTaskMs === undefined && parser.push(part.text).some((event) => event.type === "task")) {
        timeToFirstTaskMs = performance.now() - started;
      }
    } else if (part.type === "plan-end") stats = part.stats;
  }
  if (!stats) throw new TinyAgentError("bench/planner", "The planner ended without reporting its stats.");
  return { query, stats, plan, ...(timeToFirstTaskMs === undefined ? {} : { timeToFirstTaskMs }) };
}
