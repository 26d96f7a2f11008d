import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { TinyAgentError } from "../../src/base/index.js";
import { writeFileAtomic } from "../../src/base/node/index.js";

interface CatalogEntry {
  name?: unknown;
  embedded?: unknown;
  path?: unknown;
  sizeBytes?: unknown;
  sha256?: unknown;
}

/**
 * Records a newly installed GGUF's size and SHA-256 in the model catalog (models/models.json) entry
 * that embeds it, so the catalog never describes the model a retrain replaced. Returns that entry's
 * name, or undefined when no embedded entry points at `modelPath` (a model installed elsewhere);
 * then the catalog is left as it was.
 */
export async function recordInCatalog(
  catalogPath: string,
  modelPath: string,
  model: Buffer,
): Promise<string | undefined> {
  let catalog: { models?: CatalogEntry[] };
  try {
    catalog = JSON.parse(await readFile(catalogPath, "utf8"));
  } catch (error) {
    throw new TinyAgentError(
      "train/catalog",
      `Cannot read the model catalog ${catalogPath} to record the new model in: ${(error as Error).message}`,
      { cause: error, context: { catalogPath } },
    );
  }
  const target = resolve(modelPath);
  const entry = (catalog.models ?? []).find(
    (candidate) =>
      candidate.embedded === true &&
      typeof candidate.path === "string" &&
      resolve(dirname(catalogPath), candidate.path) === target,
  );
  if (entry === undefined) return undefined;
  entry.sizeBytes = model.length;
  entry.sha256 = createHash("sha256").update(model).digest("hex");
  await writeFileAtomic(catalogPath, `${JSON.stringify(catalog, null, 2)}\n`);
  return String(entry.name);
}
