import type { PlanTask } from "../types.js";
import { referenceDependencies } from "./referenceDependencies.js";

/** A plan as the reference metric's `build_graph` sees it (spec §7.2). Node i is list position i + 1. */
export interface ReferenceGraph {
  readonly steps: readonly PlanTask[];
  /**
   * Per node, the reference `node_match` class: equal numbers iff equal tool names and equal
   * upstream dependency trees. Comparable only between graphs built with the same `labelIds`.
   */
  readonly labels: readonly number[];
  /** Per node, the nodes it feeds (edges dep → user, deduplicated as in a networkx DiGraph). */
  readonly successors: readonly ReadonlySet<number>[];
  readonly predecessors: readonly ReadonlySet<number>[];
  /** Per node, the 0-based targets of its reference dependencies, in argument order with repeats. */
  readonly dependencies: readonly (readonly number[])[];
}

function byToolName(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Builds the reference graph of a plan's steps, or returns undefined where the reference
 * `build_graph` would crash: a `$0` (it becomes a bogus attribute-less node that no `node_match`
 * survives), a `$N` beyond the list (IndexError), a self reference (ValueError) or a cycle
 * (unbounded recursion). `labelIds` interns dependency trees so that two graphs built with the
 * same map get comparable labels; interning also keeps deep diamond-shaped plans from blowing up
 * the way the reference's tree unfolding does.
 */
export function buildReferenceGraph(
  steps: readonly PlanTask[],
  labelIds: Map<string, number> = new Map(),
): ReferenceGraph | undefined {
  const count = steps.length;
  const dependencies: number[][] = [];
  const successors = steps.map(() => new Set<number>());
  const predecessors = steps.map(() => new Set<number>());
  for (const [index, step] of steps.entries()) {
    const targets: number[] = [];
    for (const reference of referenceDependencies(step.args)) {
      if (reference === 0 || reference > count || reference - 1 === index) return undefined;
      const target = reference - 1;
      targets.push(target);
      successors[target]?.add(index);
      predecessors[index]?.add(target);
    }
    dependencies.push(targets);
  }

  // The tree of node i: its tool name plus its dependencies' trees, stably sorted by tool name,
  // which is exactly what `compare_dependencies` compares.
  const labels: (number | undefined)[] = new Array(count).fill(undefined);
  const visiting = new Set<number>();
  const labelOf = (index: number): number | undefined => {
    const known = labels[index];
    if (known !== undefined) return known;
    if (visiting.has(index)) return undefined;
    visiting.add(index);
    const children: { tool: string; label: number }[] = [];
    for (const target of dependencies[index] ?? []) {
      const label = labelOf(target);
      if (label === undefined) return undefined;
      children.push({ tool: steps[target]?.tool ?? "", label });
    }
    visiting.delete(index);
    children.sort((left, right) => byToolName(left.tool, right.tool));
    const key = `${steps[index]?.tool}(${children.map((child) => child.label).join(",")})`;
    let label = labelIds.get(key);
    if (label === undefined) {
      label = labelIds.size;
      labelIds.set(key, label);
    }
    labels[index] = label;
    return label;
  };
  for (let index = 0; index < count; index += 1) {
    if (labelOf(index) === undefined) return undefined;
  }
  return { steps, labels: labels as number[], successors, predecessors, dependencies };
}
