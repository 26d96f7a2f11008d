import type { ToolRegistry } from "../../tools/index.js";
import { findNodeMapping } from "./findNodeMapping.js";
import { referenceGraphPair } from "./referenceGraphPair.js";

/**
 * TinyAgent's success rate for one plan (spec §7.2–7.3), reproduced for comparable numbers:
 * 1 iff the predicted and gold graphs are isomorphic, where nodes are list positions labelled by
 * tool name and upstream dependency tree, edges come from the first `$N` of each top-level string
 * (or string directly inside a top-level list), and `join` is an isolated node. Arguments are
 * never compared. Where the reference would crash (`$0`, `$N` past the end, self reference,
 * cycle) this returns 0 and never throws.
 */
export function referenceSuccess(
  predicted: string,
  gold: string,
  options: { registry: ToolRegistry },
): number {
  try {
    const graphs = referenceGraphPair(predicted, gold, options);
    if (!graphs) return 0;
    return findNodeMapping(graphs.predicted, graphs.gold) ? 1 : 0;
  } catch {
    return 0;
  }
}
