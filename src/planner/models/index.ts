export { findModel } from "./findModel.js";
export { loadCatalog } from "./loadCatalog.js";
export {
  type DownloadableModel,
  downloadableModelSchema,
  type EmbeddedModel,
  embeddedModelSchema,
  type ModelCatalog,
  type ModelEntry,
  modelCatalogSchema,
  modelEntrySchema,
} from "./modelCatalogSchema.js";
export { type DownloadProgress, type RenderProgressOptions, renderProgress } from "./renderProgress.js";
