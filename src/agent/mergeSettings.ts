import { type ParsedSettings, parseSettings } from "./parseSettings.js";
import type { Settings, SettingsPatch } from "./settingsSchema.js";

/**
 * Applies `patch` to `settings` and validates the result: nested objects merge field by field
 * (`{ enabledApps: { mail: false } }` leaves the other apps alone), any other value replaces the old
 * one, and `undefined` leaves a field as it is. Invalid results come back as issues; `settings` is
 * never modified.
 */
export function mergeSettings(settings: Settings, patch: SettingsPatch): ParsedSettings {
  return parseSettings(merge(settings, patch));
}

function merge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) result[key] = merge(base[key], value);
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
