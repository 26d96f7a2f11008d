import type { z } from "zod";
import { TinyAgentError } from "../../base/index.js";
import { type ModelCatalog, modelCatalogSchema } from "./modelCatalogSchema.js";

/**
 * Parses a model catalog (`models/models.json`), given as its text or as the parsed value. Any
 * problem throws a TinyAgentError `models/catalog` listing every issue with its place, e.g.
 * `models[1] ("TinyAgent-7B").sizeBytes: …`, so a hand-edited file is easy to fix.
 */
export function loadCatalog(
  json: unknown,
  { source = "models.json" }: { source?: string } = {},
): ModelCatalog {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new TinyAgentError(
        "models/catalog",
        `${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error, context: { source } },
      );
    }
  }
  const result = modelCatalogSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${placeOf(issue, value)}: ${issue.message}`);
  throw new TinyAgentError(
    "models/catalog",
    `${source} is not a valid model catalog:\n${problems.join("\n")}`,
    {
      cause: result.error,
      context: { source, issues: result.error.issues },
    },
  );
}

function placeOf(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.path.length === 0) return "(top level)";
  let place = "";
  let current: unknown = root;
  for (const key of issue.path) {
    current =
      typeof current === "object" && current !== null
        ? (current as Record<PropertyKey, unknown>)[key]
        : undefined;
    if (typeof key === "number") {
      const name = (current as { name?: unknown } | undefined)?.name;
      place += `[${key}]${typeof name === "string" ? ` ("${name}")` : ""}`;
    } else {
      place += place === "" ? String(key) : `.${String(key)}`;
    }
  }
  return place;
}
