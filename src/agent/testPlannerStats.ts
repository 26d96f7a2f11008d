import type { PlannerStats } from "../planner/index.js";

/** Test helper for the agent's tests (not exported from index.ts): a planner call's stats. */
export function testPlannerStats(promptTokens = 10, decodeTokens = 5): PlannerStats {
  return {
    promptTokens,
    evaluatedPromptTokens: promptTokens,
    prefillMs: 1,
    decodeTokens,
    decodeTokensPerSecond: 100,
    totalMs: 2,
  };
}
