import { ToolRegistry, type ToolSpec } from "../tools/index.js";
import { UsageError } from "./UsageError.js";

/** Resolves `--tools all|a,b,…` (also "none" for the join-only prompt) against the registry. */
export function selectTools(registry: ToolRegistry, value: string | undefined): ToolSpec[] {
  if (value === undefined || value === "all") return registry.list();
  if (value === "none" || value === "") return [];
  const names = value
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !registry.has(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `Unknown tool(s): ${unknown.join(", ")}. Known tools: ${registry.names().join(", ")}.`,
    );
  }
  return registry.select(names);
}

export function defaultRegistry(): ToolRegistry {
  return new ToolRegistry();
}
