import path from "node:path";
import type { Settings } from "../agent/index.js";
import type { LoadToolSelectorOptions } from "../toolrag/node/index.js";
import { UsageError } from "./UsageError.js";

/** The ToolRAG selection knobs a command runs with. */
export interface ToolSelectionOptions {
  readonly threshold: number;
  readonly minTools: number;
}

/** Command-line overrides of the settings' `toolRagThreshold` and `toolRagMinTools`. */
export interface ToolSelectionFlags {
  readonly threshold?: string | undefined;
  readonly "min-tools"?: string | undefined;
  /** A classifier folder instead of the embedded one. */
  readonly "toolrag-model"?: string | undefined;
}

/** `--threshold` and `--min-tools` where given, else the settings' values. */
export function toolSelectionOptions(
  settings: Settings,
  flags: ToolSelectionFlags = {},
): ToolSelectionOptions {
  return {
    threshold: flags.threshold === undefined ? settings.toolRagThreshold : probability(flags.threshold),
    minTools: flags["min-tools"] === undefined ? settings.toolRagMinTools : toolCount(flags["min-tools"]),
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

function probability(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0 || number >= 1) {
    throw new UsageError(`--threshold must be a probability between 0 and 1, got "${value}".`);
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
