import type { ToolRegistry } from "../../tools/index.js";
import { buildReferenceGraph, type ReferenceGraph } from "./ReferenceGraph.js";
import { referencePlanSteps } from "./referencePlanSteps.js";

/**
 * The reference graphs of a predicted and a gold plan, with comparable labels, or undefined
 * when the reference metric would crash on either.
 */
export function referenceGraphPair(
  predicted: string,
  gold: string,
  options: { registry: ToolRegistry },
): { predicted: ReferenceGraph; gold: ReferenceGraph } | undefined {
  const labelIds = new Map<string, number>();
  const predictedGraph = buildReferenceGraph(referencePlanSteps(predicted, options), labelIds);
  const goldGraph = buildReferenceGraph(referencePlanSteps(gold, options), labelIds);
  return predictedGraph && goldGraph ? { predicted: predictedGraph, gold: goldGraph } : undefined;
}
