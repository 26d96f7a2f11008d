import { z } from "zod";
import { type Settings, settingsSchema } from "./settingsSchema.js";

/** One reason a value is not valid settings: a dotted path (`enabledApps.mail`) and zod's message. */
export interface SettingsIssue {
  readonly path: string;
  readonly message: string;
}

export type ParsedSettings =
  | { readonly ok: true; readonly settings: Settings; readonly unknownKeys: readonly string[] }
  | { readonly ok: false; readonly issues: readonly SettingsIssue[] };

/**
 * Validates a settings value (e.g. a parsed settings.json) and fills in defaults. Keys the schema does
 * not know are dropped, as the schema does, but listed in `unknownKeys` (dotted paths) so the caller
 * can warn: a misspelt `"polcy"` would otherwise be ignored without a word.
 */
export function parseSettings(value: unknown): ParsedSettings {
  const result = settingsSchema.safeParse(value);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({ path: dottedPath(issue.path), message: issue.message })),
    };
  }
  return { ok: true, settings: result.data, unknownKeys: unknownKeys(settingsSchema, value, []) };
}

/** `path: message; path: message`, the form every settings error and warning uses. */
export function describeIssues(issues: readonly SettingsIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
}

function dottedPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(root)" : path.map(String).join(".");
}

function unknownKeys(schema: z.ZodType, value: unknown, path: readonly string[]): string[] {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject) || !isPlainObject(value)) return [];
  const shape = inner.shape as Record<string, z.ZodType>;
  return Object.entries(value).flatMap(([key, child]) => {
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    return field ? unknownKeys(field, child, [...path, key]) : [dottedPath([...path, key])];
  });
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodDefault ||
    current instanceof z.ZodPrefault ||
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
