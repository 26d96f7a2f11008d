import { BUILTIN_TOOL_NAMES } from "../../src/tools/index.js";

/** At most this many tools a simulated classifier adds beyond the ones the plan needs. */
const MAX_EXTRA_TOOLS = 3;

/**
 * The tool subset a ToolRAG classifier might offer for a row: the plan's own tools plus 0–3
 * others drawn at random (at least one when the plan needs none, as a 16-label classifier always
 * offers something), in the registry's prompt order. An empty `Tools:` line, which the planner now
 * gets when ToolRAG judges that no tool applies, is not trained on; the grammar then admits only
 * `join()`. Training on such `Tools:` lines teaches the model
 * that the line is a hint and not the answer. Unknown names (custom tools) are kept, after the
 * built-in ones.
 */
export function offeredTools(goldTools: readonly string[], random: () => number): string[] {
  const offered = new Set(goldTools);
  const others = BUILTIN_TOOL_NAMES.filter((name) => !offered.has(name));
  const minimum = offered.size === 0 ? 1 : 0;
  const extra = Math.min(others.length, minimum + Math.floor(random() * (MAX_EXTRA_TOOLS - minimum + 1)));
  for (let count = 0; count < extra; count++) {
    const index = Math.floor(random() * others.length);
    offered.add(others.splice(index, 1)[0] as string);
  }
  const builtin = BUILTIN_TOOL_NAMES.filter((name) => offered.has(name));
  const custom = [...offered].filter((name) => !BUILTIN_TOOL_NAMES.includes(name));
  return [...builtin, ...custom];
}
