import { END_OF_PLAN } from "../../src/plan/index.js";
import type { Planner } from "../../src/planner/index.js";

/**
 * The plan text `planner` decodes greedily for a compact `prompt` (no system prompt, no grammar),
 * ending in `<END_OF_PLAN>` when it stopped there: what the trainer's reference decode produces.
 */
export async function greedyPlanText(planner: Planner, prompt: string, maxTokens: number): Promise<string> {
  let text = "";
  for await (const part of planner.plan({ user: prompt, stop: [END_OF_PLAN], maxTokens })) {
    if (part.type === "text-delta") text += part.text;
  }
  return text;
}
