import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ModelEntry } from "../models/index.js";

/** The `models/` folder shipped with the package, where embedded models live. */
export const PACKAGE_MODELS_DIR = fileURLToPath(new URL("../../../models/", import.meta.url));

/**
 * Where a model's file is on disk: a downloadable model at `<modelsDir>/<file>` (the user's models
 * directory), an embedded one at `<embeddedDir>/<path>` (default: the package's `models/` folder).
 */
export function modelPath(
  entry: ModelEntry,
  modelsDir: string,
  { embeddedDir = PACKAGE_MODELS_DIR }: { embeddedDir?: string } = {},
): string {
  return entry.embedded === true
    ? path.join(embeddedDir, ...entry.path.split("/"))
    : path.join(modelsDir, entry.file);
}
