import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TinyAgentError } from "../../base/index.js";
import { findModel } from "./findModel.js";
import { loadCatalog } from "./loadCatalog.js";

const downloadable = {
  name: "TinyAgent-1.1B",
  description: "Planner.",
  url: "https://huggingface.co/squeeze-ai-lab/TinyAgent-1.1B-GGUF/resolve/main/TinyAgent-1.1B-Q4_K_M.gguf",
  file: "TinyAgent-1.1B-Q4_K_M.gguf",
  sizeBytes: null,
  sha256: null,
  license: "MIT",
  profile: "tinyagent",
  kind: "planner",
};

function catalogError(json: unknown): TinyAgentError {
  try {
    loadCatalog(json);
  } catch (error) {
    expect(TinyAgentError.isInstance(error)).toBe(true);
    expect((error as TinyAgentError).code).toBe("models/catalog");
    return error as TinyAgentError;
  }
  throw new Error("expected loadCatalog to throw");
}

describe("loadCatalog", () => {
  it("accepts the shipped models/models.json", () => {
    const text = readFileSync(new URL("../../../models/models.json", import.meta.url), "utf8");
    const catalog = loadCatalog(text);
    expect(catalog.models.map((model) => model.name)).toEqual([
      "tinyagent-compact",
      "TinyAgent-1.1B",
      "TinyAgent-7B",
    ]);
    expect(catalog.models.map((model) => model.profile)).toEqual(["compact", "tinyagent", "tinyagent"]);
    expect(catalog.models.every((model) => model.license === "MIT")).toBe(true);
    // The embedded default must exist where the catalog says, so `tinyagent run` works out of the box.
    const [embedded] = catalog.models;
    expect(embedded?.embedded).toBe(true);
    if (embedded?.embedded === true) {
      const bytes = readFileSync(new URL(`../../../models/${embedded.path}`, import.meta.url));
      expect(bytes.length).toBe(embedded.sizeBytes);
      // train:planner records a new model's hash here; a catalog describing a replaced model fails.
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(embedded.sha256);
    }
  });

  it("accepts an embedded model given by a path inside models/", () => {
    const catalog = loadCatalog({
      models: [
        downloadable,
        {
          name: "tiny-planner",
          description: "Our embedded planner.",
          embedded: true,
          path: "embedded/tiny-planner.gguf",
          license: "MIT",
          profile: "compact",
          kind: "planner",
          recommended: { threads: 2, contextSize: 2048 },
        },
      ],
    });
    expect(catalog.models[1]).toMatchObject({ embedded: true, path: "embedded/tiny-planner.gguf" });
  });

  it("names the entry and field of every problem", () => {
    const error = catalogError({
      models: [downloadable, { ...downloadable, name: "TinyAgent-7B", sizeBytes: "4.37 GB", sha256: "abc" }],
    });
    expect(error.message).toContain('models[1] ("TinyAgent-7B").sizeBytes:');
    expect(error.message).toContain('models[1] ("TinyAgent-7B").sha256: must be 64 hex digits');
  });

  it("rejects unknown fields, unsafe paths and duplicate names", () => {
    expect(catalogError({ models: [{ ...downloadable, sha265: null }] }).message).toContain("sha265");
    expect(catalogError({ models: [{ ...downloadable, file: "../evil.gguf" }] }).message).toContain(
      "file: must be a plain file name",
    );
    const embedded = { ...downloadable, url: undefined, file: undefined, embedded: true, path: "../x.gguf" };
    expect(catalogError({ models: [embedded] }).message).toContain("must be a relative path inside models/");
    expect(
      catalogError({ models: [downloadable, { ...downloadable, name: "tinyagent-1.1b" }] }).message,
    ).toContain('models[1] ("tinyagent-1.1b").name: "tinyagent-1.1b" is already the name of models[0]');
  });

  it("reports text that is not JSON", () => {
    expect(catalogError("{ models: [").message).toMatch(/^models\.json is not valid JSON: /);
  });
});

describe("findModel", () => {
  it("finds a model by exact name, then ignoring case", () => {
    const catalog = loadCatalog({ models: [downloadable] });
    expect(findModel(catalog, "TinyAgent-1.1B")?.name).toBe("TinyAgent-1.1B");
    expect(findModel(catalog, "tinyagent-1.1b")?.name).toBe("TinyAgent-1.1B");
    expect(findModel(catalog, "TinyAgent-3B")).toBeUndefined();
  });
});
