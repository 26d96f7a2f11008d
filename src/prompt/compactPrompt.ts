import { BUILTIN_TOOL_NAMES, type ToolSpec } from "../tools/index.js";
import { formatDateLine } from "./formatDateLine.js";
import { resolveTimes } from "./resolveTimes.js";

export interface CompactPromptOptions {
  /** The user's request, printed exactly as typed. */
  readonly query: string;
  /** The moment the query is relative to, in its local time zone. */
  readonly now: Date;
  /**
   * The tools offered, in prompt order. Absent, or every built-in tool: no `Tools:` line (the
   * model knows all of them); a strict subset (ToolRAG) is listed by name.
   */
  readonly tools?: readonly Pick<ToolSpec, "name">[];
}

const offersEveryBuiltinTool = (tools: readonly Pick<ToolSpec, "name">[]): boolean => {
  const names = new Set(tools.map((tool) => tool.name));
  return BUILTIN_TOOL_NAMES.every((name) => names.has(name));
};

/**
 * The `compact` profile's whole prompt, for our small from-scratch planner: a raw completion
 * prompt (no system message, no chat template) that ends in `Plan:\n`, after which the model
 * writes `1. tool(args)\n…N. join()<END_OF_PLAN>`. Every datetime a plan needs is already
 * resolved on a `Time:` line ({@link resolveTimes}), because a model this small cannot do date
 * arithmetic but can copy:
 *
 * ```text
 * Date: Friday 2024-05-24 14:05
 * Tools: get_phone_number, send_sms
 * Time: tomorrow at noon = 2024-05-25 12:00:00 to 2024-05-25 13:00:00
 * Time: next friday = 2024-05-31
 * Question: <query>
 * Plan:
 * ```
 *
 * The layout is a contract with the dataset generator and the trainer: change it only together.
 */
export function compactPrompt({ query, now, tools }: CompactPromptOptions): string {
  const lines = [`Date: ${formatDateLine(now)}`];
  if (tools !== undefined && !offersEveryBuiltinTool(tools)) {
    // "Tools:" alone for no tools at all: the layout has no trailing spaces.
    lines.push(`Tools: ${tools.map((tool) => tool.name).join(", ")}`.trimEnd());
  }
  for (const time of resolveTimes(query, now)) {
    lines.push(`Time: ${time.text} = ${time.start}${time.end === undefined ? "" : ` to ${time.end}`}`);
  }
  lines.push(`Question: ${query}`, "Plan:", "");
  return lines.join("\n");
}
