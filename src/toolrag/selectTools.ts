import type { SemanticKind, ToolRegistry } from "../tools/index.js";
import { matchToolsByKeywords } from "./matchToolsByKeywords.js";
import { NO_TOOL_LABEL } from "./noToolLabel.js";
import type { ToolSelection } from "./ToolSelection.js";

/** The reference keeps a tool when its probability is strictly above 0.5 (spec §5). */
export const DEFAULT_TOOL_THRESHOLD = 0.5;

/**
 * A selected tool the classifier gives more than this is one the plan must call (see
 * {@link ToolSelection.required}). Only near-certain scores: a wrong requirement costs the plan.
 */
export const DEFAULT_REQUIRED_THRESHOLD = 0.995;

/** Runners-up that fill a selection by default (see {@link SelectToolsInput.minTools}). */
export const DEFAULT_MIN_TOOLS = 0;

/** "No tool can serve this" is believed above this probability of {@link NO_TOOL_LABEL}… */
export const NO_TOOL_THRESHOLD = 0.5;

/**
 * …and only when no tool scores above this. A request in words the classifier never saw ("drop a
 * pin on Austin") can score "no tool" high too, but then some tool usually scores a little; being
 * wrong here costs the plan, while falling back to every tool only costs prompt length.
 */
export const NO_TOOL_MAX_TOOL_SCORE = 0.05;

/**
 * The built-in tool that finds a value of each kind. A selected tool that needs recipients or a file
 * comes with the lookup that finds them: a request says "text Ana", never "look up Ana's number",
 * and a classifier that recognises the SMS but not the lookup would leave the plan no way to fill in
 * the recipient.
 */
const LOOKUP_FOR_KIND: Partial<Record<SemanticKind, string>> = {
  "phone-list": "get_phone_number",
  "email-list": "get_email_address",
  "file-path": "open_and_get_file_path",
  "file-path-list": "open_and_get_file_path",
};

export interface SelectToolsInput {
  /** The raw user query (matched against the descriptions of tools the classifier does not know). */
  readonly query: string;
  /** The classifier's labels, in score order. */
  readonly labels: readonly string[];
  /** The classifier's probabilities, in `labels` order. */
  readonly scores: ArrayLike<number>;
  /** The enabled tools; disabled tools are never selected, whatever their score. */
  readonly registry: ToolRegistry;
  /** A known tool is selected when its probability is strictly above this (default 0.5). */
  readonly threshold?: number;
  /**
   * When some tool passes the threshold, the enabled known tools with the best scores are selected
   * too, up to this many in all (default 0: the threshold alone decides).
   */
  readonly minTools?: number;
  /** A selected known tool is required when its probability is above this (default 0.995; 1: never). */
  readonly requiredThreshold?: number;
}

/**
 * ToolRAG's selection rules (spec §4.4, §5, issue 6): a tool the classifier knows is selected when
 * it is enabled and its probability is above the threshold; when one is, the runners-up fill the
 * selection to `minTools` (a request in words the classifier never saw often scores its second tool
 * just below the threshold, and a tool left out is a plan the planner cannot write); an enabled tool
 * the classifier does not know (a custom tool) is selected when the query matches its description
 * by keyword; a selected tool brings the enabled lookups its required arguments need
 * ({@link LOOKUP_FOR_KIND}). When nothing is selected, no custom tool is enabled and the classifier
 * is sure that no tool can serve the request ({@link NO_TOOL_LABEL} above {@link NO_TOOL_THRESHOLD},
 * every tool at most {@link NO_TOOL_MAX_TOOL_SCORE}), no tool is offered and `noTool` says so; otherwise, when nothing
 * is selected, every enabled tool is offered and `fallback` says so. Selected tools scored above
 * `requiredThreshold` are `required`. Tools come back in prompt order (the registry's), never in
 * score order.
 */
export function selectTools({
  query,
  labels,
  scores,
  registry,
  threshold = DEFAULT_TOOL_THRESHOLD,
  minTools = DEFAULT_MIN_TOOLS,
  requiredThreshold = DEFAULT_REQUIRED_THRESHOLD,
}: SelectToolsInput): ToolSelection {
  const known = new Map<string, number>();
  labels.forEach((label, index) => {
    if (registry.has(label)) known.set(label, scores[index] ?? 0);
  });
  const chosen = new Set([...known].filter(([, score]) => score > threshold).map(([name]) => name));
  if (chosen.size > 0) {
    const ranked = [...known].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    for (const name of ranked.slice(0, minTools)) chosen.add(name);
  }
  const unknown = registry.list().filter((tool) => !known.has(tool.name));
  for (const name of matchToolsByKeywords(query, unknown)) chosen.add(name);
  for (const tool of registry.select([...chosen])) {
    // Only required parameters: an optional cc or attachment list is usually left empty.
    for (const param of tool.params.filter((candidate) => !candidate.nullable)) {
      const lookup = LOOKUP_FOR_KIND[param.kind];
      if (lookup !== undefined && registry.has(lookup)) chosen.add(lookup);
    }
  }
  const noToolIndex = labels.indexOf(NO_TOOL_LABEL);
  const noToolScore = noToolIndex < 0 ? undefined : (scores[noToolIndex] ?? 0);
  // A custom tool the classifier does not know may be just what such a request is for ("will it
  // rain?" with a weather tool), so with one enabled, "no tool" is never concluded.
  const noTool =
    chosen.size === 0 &&
    unknown.length === 0 &&
    noToolScore !== undefined &&
    noToolScore > NO_TOOL_THRESHOLD &&
    [...known.values()].every((score) => score <= NO_TOOL_MAX_TOOL_SCORE);
  const fallback = chosen.size === 0 && !noTool;
  const tools = fallback ? registry.list() : registry.select(chosen);
  return {
    tools,
    required: fallback
      ? []
      : tools.map((tool) => tool.name).filter((name) => (known.get(name) ?? 0) > requiredThreshold),
    scores: Object.fromEntries(known),
    fallback,
    noTool,
  };
}
