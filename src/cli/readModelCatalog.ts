import { readFile } from "node:fs/promises";
import path from "node:path";
import { TinyAgentError } from "../base/index.js";
import { loadCatalog, type ModelCatalog } from "../planner/models/index.js";
import { PACKAGE_MODELS_DIR } from "../planner/node/modelPath.js";

/** A parsed model catalog and the folder its embedded models' paths are relative to. */
export interface CatalogFile {
  readonly catalog: ModelCatalog;
  /** Absolute path of the catalog file that was read. */
  readonly source: string;
  /** The catalog's own folder: embedded models are given relative to it (`models/` for the built-in one). */
  readonly embeddedDir: string;
}

/**
 * Reads the built-in `models/models.json`, or `file` when given (`--catalog`, for tests and custom
 * model lists). A missing or invalid file throws TinyAgentError `models/catalog` naming the file.
 */
export async function readModelCatalog(file?: string): Promise<CatalogFile> {
  const source = path.resolve(file ?? path.join(PACKAGE_MODELS_DIR, "models.json"));
  let text: string;
  try {
    text = await readFile(source, "utf8");
  } catch (error) {
    throw new TinyAgentError(
      "models/catalog",
      `Cannot read the model catalog ${source}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error, context: { source } },
    );
  }
  return { catalog: loadCatalog(text, { source }), source, embeddedDir: path.dirname(source) };
}
