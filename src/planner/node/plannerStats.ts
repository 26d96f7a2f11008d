import type { PlannerStats } from "../Planner.js";

/**
 * Stats of one decode from its token counts and timestamps (`performance.now()` ms). Prefill is
 * the time to the first streamed token; decode speed counts the tokens after the first over the
 * time after it, since the first token's cost is prefill.
 */
export function plannerStats(input: {
  promptTokens: number;
  evaluatedPromptTokens: number;
  decodeTokens: number;
  started: number;
  firstTokenAt: number | undefined;
  ended: number;
}): PlannerStats {
  const totalMs = input.ended - input.started;
  const prefillMs = (input.firstTokenAt ?? input.ended) - input.started;
  const decodeSeconds = (totalMs - prefillMs) / 1000;
  return {
    promptTokens: input.promptTokens,
    evaluatedPromptTokens: Math.min(input.promptTokens, input.evaluatedPromptTokens),
    prefillMs,
    decodeTokens: input.decodeTokens,
    // Tokens after the first, over the time after it: the first token's cost is prefill.
    decodeTokensPerSecond:
      input.decodeTokens > 1 && decodeSeconds > 0 ? (input.decodeTokens - 1) / decodeSeconds : 0,
    totalMs,
  };
}
