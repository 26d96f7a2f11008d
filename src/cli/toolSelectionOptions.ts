import path from "node:path";
import type { Settings } from "../agent/index.js";
import type { LoadToolSelectorOptions } from "../toolrag/node/index.js";
import { UsageError } from "./UsageError.js";

/** The ToolRAG selection knobs a command runs with. */
export interface ToolSelectionOptions {
  readonly threshold: number;
  readonly minTools: number;
  readonly requiredThreshold: number;
}

/** Command-line overrides of the settings' `toolRagThreshold`, `toolRagMinTools` and `toolRagRequiredThreshold`. */
export interface ToolSelectionFlags {
  readonly threshold?: string | undefined;
  readonly "min-tools"?: string | undefined;
  readonly "required-threshold"?: string | undefined;
  /** A classifier folder instead of the embedded one. */
  readonly "toolrag-model"?: string | undefined;
}

/** `--threshold`, `--min-tools` and `--required-threshold` where given, else the settings' values. */
export function toolSelectionOptions(
  settings: Settings,
  flags: ToolSelectionFlags = {},
): ToolSelectionOptions {
  return {
    threshold: flags.threshold === undefined ? settings.toolRagThreshold : probability(flags.threshold),
    minTools: flags["min-tools"] === undefined ? settings.toolRagMinTools : toolCount(flags["min-tools"]),
    requiredThreshold:
      flags["required-threshold"] === undefined
        ? settings.toolRagRequiredThreshold
        : probability(flags["required-threshold"], "--required-threshold", { orOne: true }),
  };
}

/** What `loadToolSelector` needs for a command: the selection knobs and the `--toolrag-model` folder. */
export function toolSelectorOptions(
  settings: Settings,
  flags: ToolSelectionFlags = {},
): LoadToolSelectorOptions {
  const folder = flags["toolrag-model"];
  return {
    ...toolSelectionOptions(settings, flags),
    ...(folder === undefined ? {} : { folder: path.resolve(folder) }),
  };
}

function probability(value: string, flag = "--threshold", { orOne = false } = {}): number {
  const number = Number(value);
  if (
    value.trim() === "" ||
    !Number.isFinite(number) ||
    number <= 0 ||
    number > 1 ||
    (number === 1 && !orOne)
  ) {
    const range = orOne ? "above 0 and at most 1 (1: never)" : "between 0 and 1";
    throw new UsageError(`${flag} must be a probability ${range}, got "${value}".`);
  }
  return number;
}

function toolCount(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number > 16) {
    throw new UsageError(`--min-tools must be a whole number from 0 to 16, got "${value}".`);
  }
  return number;
}
