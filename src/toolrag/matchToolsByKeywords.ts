import MiniSearch from "minisearch";
import type { ToolSpec } from "../tools/index.js";
import { searchTerm } from "./searchTerm.js";

/**
 * The tools whose name or prompt description shares a meaningful word with `query` (BM25 over
 * the descriptions, stop words ignored), best match first. This is how ToolRAG offers custom tools
 * that its classifier was never trained on: a user who registers `get_weather` and asks about
 * the weather gets it in the prompt without retraining.
 */
export function matchToolsByKeywords(query: string, tools: readonly ToolSpec[]): string[] {
  if (tools.length === 0) return [];
  const index = new MiniSearch<{ id: string; name: string; description: string }>({
    fields: ["name", "description"],
    processTerm: searchTerm,
    // Snake-case names are words too: "get_weather" is indexed as "weather".
    tokenize: (text) => text.split(/[\s\p{P}\p{S}_]+/u),
  });
  index.addAll(tools.map((tool) => ({ id: tool.name, name: tool.name, description: tool.description })));
  return index.search(query).map((result) => String(result.id));
}
