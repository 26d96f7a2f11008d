import type { ToolParam, ToolRegistry } from "../../tools/index.js";
import type { PlanTask, PlanValue } from "../types.js";
import { argumentsMatch } from "./argumentsMatch.js";

/** Options for {@link stepArgumentsMatch}. */
export interface StepArgumentsMatchOptions {
  readonly registry: ToolRegistry;
  readonly now?: Date;
  /**
   * The gold list position (1-based) a predicted list position stands for, or undefined when
   * not known yet.
   */
  readonly resolve: (position: number) => number | undefined;
  /** Step counts of the two plans: a `$N` past either end names no step and stays as written. */
  readonly predictedCount: number;
  readonly goldCount: number;
  /** False while a mapping is still being built: arguments naming unplaced steps are skipped. */
  readonly complete: boolean;
}

const REFERENCE = /\$\{(\d+)\}|\$(\d+)/g;
// Arguments past the declared parameters (custom arity slips) compare by folded value.
const EXTRA_PARAM: ToolParam = { name: "extra", type: "str", kind: "enum", nullable: false };

// A reference to no step keeps its number in a form no real reference takes.
const missingStep = (position: number) => `$x${position}`;

function rewrite(value: PlanValue | undefined, replace: (position: number) => string): PlanValue | undefined {
  if (typeof value === "string") {
    return value.replace(REFERENCE, (_, braced: string | undefined, bare: string | undefined) =>
      replace(Number(braced ?? bare)),
    );
  }
  if (Array.isArray(value)) return value.map((item) => rewrite(item, replace) as PlanValue);
  return value;
}

/**
 * Whether a predicted step's arguments match a gold step's, parameter by parameter (see
 * argumentsMatch), with every `$N`/`${N}` of both rewritten into gold list positions: the
 * prediction's through `resolve`, so a reference matches only when it points at the step the
 * mapping pairs with the gold step's target.
 */
export function stepArgumentsMatch(
  predicted: PlanTask,
  gold: PlanTask,
  options: StepArgumentsMatchOptions,
): boolean {
  const params = options.registry.get(gold.tool)?.params ?? [];
  const allDayIndex = params.findIndex((param) => param.name === "all_day" && param.type === "bool");
  const allDay =
    allDayIndex >= 0 && (predicted.args[allDayIndex] === true || gold.args[allDayIndex] === true);
  const count = Math.max(params.length, predicted.args.length, gold.args.length);
  for (let index = 0; index < count; index += 1) {
    let unresolved = false;
    const predictedValue = rewrite(predicted.args[index], (position) => {
      if (position < 1 || position > options.predictedCount) return missingStep(position);
      const target = options.resolve(position);
      if (target !== undefined) return `$${target}`;
      unresolved = true;
      return missingStep(position);
    });
    if (unresolved && !options.complete) continue;
    const goldValue = rewrite(gold.args[index], (position) =>
      position < 1 || position > options.goldCount ? missingStep(position) : `$${position}`,
    );
    if (
      !argumentsMatch(params[index] ?? EXTRA_PARAM, predictedValue, goldValue, { allDay, now: options.now })
    ) {
      return false;
    }
  }
  return true;
}
