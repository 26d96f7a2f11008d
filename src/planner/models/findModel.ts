import type { ModelCatalog, ModelEntry } from "./modelCatalogSchema.js";

/**
 * The catalog entry named `name`, matched exactly first and then ignoring case (names are typed on
 * the command line); undefined when there is none, so the caller can list `catalog.models` instead.
 */
export function findModel(catalog: ModelCatalog, name: string): ModelEntry | undefined {
  const wanted = name.trim();
  return (
    catalog.models.find((model) => model.name === wanted) ??
    catalog.models.find((model) => model.name.toLowerCase() === wanted.toLowerCase())
  );
}
