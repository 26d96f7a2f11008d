import { z } from "zod";

/** A name the CLI can take as an argument: `tinyagent models pull TinyAgent-1.1B`. */
const modelName = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    "use letters, digits, '.', '_' and '-' only (it is typed on the command line)",
  );

/** A path inside the models folder: relative, forward slashes, never climbing out. */
const relativePath = z
  .string()
  .min(1)
  .refine(
    (value) => !value.startsWith("/") && !value.includes("\\") && !value.split("/").includes(".."),
    "must be a relative path inside models/ (no leading '/', no '..', forward slashes)",
  );

const commonFields = {
  name: modelName,
  description: z.string().min(1),
  license: z.string().min(1),
  /** The prompt profile the model was trained on (DESIGN.md §5). */
  profile: z.enum(["tinyagent", "compact"]),
  kind: z.literal("planner"),
  recommended: z
    .strictObject({
      threads: z.int().positive().optional(),
      contextSize: z.int().positive().optional(),
    })
    .optional(),
};

/** A model fetched on the user's machine by `tinyagent models pull`. */
export const downloadableModelSchema = z.strictObject({
  ...commonFields,
  embedded: z.literal(false).optional(),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  /** File name the model is stored under in the models directory. */
  file: z
    .string()
    .regex(/^[^/\\]+$/, "must be a plain file name")
    .refine((value) => value !== "." && value !== "..", "must be a plain file name"),
  /** Exact size in bytes, verified after download; null where it is not known exactly. */
  sizeBytes: z.int().positive().nullable(),
  /** Size for display before the download starts (e.g. 668 MB from a model card), when not exact. */
  approximateSizeBytes: z.int().positive().optional(),
  /** Lower-case hex SHA-256 of the file, verified after download; null where unknown. */
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "must be 64 hex digits")
    .transform((value) => value.toLowerCase())
    .nullable(),
});

/** A small model committed with TinyAgent under `models/`: nothing to download. */
export const embeddedModelSchema = z.strictObject({
  ...commonFields,
  embedded: z.literal(true),
  /** Location relative to the package's `models/` folder. */
  path: relativePath,
  sizeBytes: z.int().positive().nullable().optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "must be 64 hex digits")
    .transform((value) => value.toLowerCase())
    .nullable()
    .optional(),
});

/** One entry of `models/models.json`. */
export const modelEntrySchema = z.discriminatedUnion(
  "embedded",
  [embeddedModelSchema, downloadableModelSchema],
  {
    error:
      "`embedded` must be true (a model shipped in models/, given by `path`) or absent (a model with a `url`)",
  },
);

/** The shape of `models/models.json`: model names are unique (case-insensitively, as they are typed). */
export const modelCatalogSchema = z.strictObject({
  models: z.array(modelEntrySchema).superRefine((models, context) => {
    const seen = new Map<string, number>();
    models.forEach((model, index) => {
      const key = model.name.toLowerCase();
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        context.addIssue({
          code: "custom",
          path: [index, "name"],
          message: `"${model.name}" is already the name of models[${earlier}]`,
        });
      }
      seen.set(key, index);
    });
  }),
});

export type DownloadableModel = z.infer<typeof downloadableModelSchema>;
export type EmbeddedModel = z.infer<typeof embeddedModelSchema>;
export type ModelEntry = z.infer<typeof modelEntrySchema>;
export type ModelCatalog = z.infer<typeof modelCatalogSchema>;
