import type { ToolRegistry } from "../../tools/index.js";
import { findNodeMapping } from "./findNodeMapping.js";
import { referenceGraphPair } from "./referenceGraphPair.js";
import { stepArgumentsMatch } from "./stepArgumentsMatch.js";

/**
 * Argument-aware success (spec §7.5.1): 1 iff the reference structure matches (as in
 * referenceSuccess) under a node bijection that also matches every argument by its parameter's
 * semantic kind (argumentsMatch), with `$N` references compared through that same bijection.
 * `now` resolves bare `HH:MM` times. Never throws; any failure scores 0.
 */
export function strictSuccess(
  predicted: string,
  gold: string,
  options: { registry: ToolRegistry; now?: Date },
): number {
  try {
    const graphs = referenceGraphPair(predicted, gold, options);
    if (!graphs) return 0;
    const { predicted: predictedGraph, gold: goldGraph } = graphs;
    const stepsMatch = (
      node: number,
      image: number,
      mapping: readonly (number | undefined)[],
      complete: boolean,
    ) => {
      const predictedStep = predictedGraph.steps[node];
      const goldStep = goldGraph.steps[image];
      if (!predictedStep || !goldStep) return false;
      return stepArgumentsMatch(predictedStep, goldStep, {
        registry: options.registry,
        now: options.now,
        complete,
        predictedCount: predictedGraph.steps.length,
        goldCount: goldGraph.steps.length,
        resolve: (position) => {
          const target = position >= 1 ? mapping[position - 1] : undefined;
          return target === undefined ? undefined : target + 1;
        },
      });
    };
    const mapping = findNodeMapping(predictedGraph, goldGraph, {
      canPair: (node, image, partial) =>
        stepsMatch(node, image, [...partial.slice(0, node), image, ...partial.slice(node + 1)], false),
      accept: (complete) => complete.every((image, node) => stepsMatch(node, image, complete, true)),
    });
    return mapping ? 1 : 0;
  } catch {
    return 0;
  }
}
