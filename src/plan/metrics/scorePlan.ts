import type { ToolRegistry } from "../../tools/index.js";
import { isMalformed } from "./isMalformed.js";
import { referenceSuccess } from "./referenceSuccess.js";
import { strictSuccess } from "./strictSuccess.js";
import { toolSetScores } from "./toolSetScores.js";

/** All plan metrics for one prediction against its gold plan. */
export interface PlanScore {
  /** Reference isomorphism success (0 or 1), forced to 0 for a malformed prediction. */
  readonly success: number;
  /** Argument-aware success (0 or 1), forced to 0 for a malformed prediction. */
  readonly strictSuccess: number;
  readonly malformed: boolean;
  readonly toolRecall: number;
  readonly toolPrecision: number;
}

/**
 * Scores one predicted plan against a gold plan. Never throws: an internal error scores 0.
 *
 * A malformed prediction (any strict validatePlan issue) scores 0 for `success` and
 * `strictSuccess` even where the reference metric alone would give 1 (for example a missing
 * argument, a wrong argument type or a forward `$N`, none of which the isomorphism looks at):
 * "scoring a malformed prediction gives 0". Use referenceSuccess for numbers comparable with the TinyAgent paper.
 * Tool recall and precision are reported whatever the validity.
 */
export function scorePlan(
  predicted: string,
  gold: string,
  options: { registry: ToolRegistry; now?: Date },
): PlanScore {
  let malformed = true;
  try {
    malformed = isMalformed(predicted, options);
  } catch {
    // A validator failure on this text is treated as malformed: the prediction cannot be trusted.
  }
  let tools = { recall: 0, precision: 0 };
  try {
    tools = toolSetScores(predicted, gold, options);
  } catch {
    // Keep zeros: the scores of a plan nobody can parse.
  }
  return {
    success: malformed ? 0 : referenceSuccess(predicted, gold, options),
    strictSuccess: malformed ? 0 : strictSuccess(predicted, gold, options),
    malformed,
    toolRecall: tools.recall,
    toolPrecision: tools.precision,
  };
}
