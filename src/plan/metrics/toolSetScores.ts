import type { ToolRegistry } from "../../tools/index.js";
import { referencePlanSteps } from "./referencePlanSteps.js";

function toolNames(text: string, registry: ToolRegistry): Set<string> {
  return new Set(
    referencePlanSteps(text, { registry })
      .map((step) => step.tool)
      .filter((tool) => tool !== "join"),
  );
}

/**
 * Recall and precision of the set of tools a plan uses against the gold plan's (`join` left out).
 * Steps are read as the reference reads them (compat parse, cut at the first join and at the
 * first unknown tool), so recall equals the reference `evaluate_tool_recall`. An empty gold set
 * gives recall 1; an empty predicted set gives precision 1 only if the gold set is empty too.
 */
export function toolSetScores(
  predicted: string,
  gold: string,
  options: { registry: ToolRegistry },
): { recall: number; precision: number } {
  const predictedTools = toolNames(predicted, options.registry);
  const goldTools = toolNames(gold, options.registry);
  const shared = [...predictedTools].filter((tool) => goldTools.has(tool)).length;
  return {
    recall: goldTools.size === 0 ? 1 : shared / goldTools.size,
    precision: predictedTools.size === 0 ? (goldTools.size === 0 ? 1 : 0) : shared / predictedTools.size,
  };
}
