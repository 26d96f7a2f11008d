import type { ToolRegistry } from "../tools/index.js";
import type { ToolSelection } from "./ToolSelection.js";

export interface ToolSelectOptions {
  /** The enabled tools: nothing outside this registry is ever selected. */
  readonly registry: ToolRegistry;
  readonly signal?: AbortSignal;
}

/**
 * Chooses the tools (and in-context examples) for one query before the first plan. The agent gets
 * one injected; {@link ClassifierToolSelector} is the ToolRAG implementation, tests use fakes.
 */
export interface ToolSelector {
  select(query: string, options: ToolSelectOptions): Promise<ToolSelection>;
}
