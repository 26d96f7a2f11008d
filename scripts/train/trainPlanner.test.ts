import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readGgufFileInfo } from "node-llama-cpp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureRows } from "./fixtureRows.js";
import { readParitySamples } from "./readParitySamples.js";
import { pythonHasTrainingModules } from "./runPython.js";
import { STAGED_MODEL } from "./trainPlanner.js";
import { trainPlannerCommand } from "./trainPlannerCommand.js";

/** A model catalog with an embedded planner at `path` (beside it) and a downloadable model. */
function catalogFor(path: string): string {
  const models = [
    { name: "embedded-planner", embedded: true, path, sizeBytes: 1, sha256: "0".repeat(64) },
    {
      name: "downloaded",
      url: "https://example.com/m.gguf",
      file: path,
      sizeBytes: 5,
      sha256: "a".repeat(64),
    },
  ];
  return `${JSON.stringify({ models }, null, 2)}\n`;
}

// The Python stage needs Debian's python3-torch; .ci/run installs it, so CI never skips this.
const hasTorch = pythonHasTrainingModules();

describe.skipIf(!hasTorch && !process.env.CI)("npm run train:planner on a tiny config", () => {
  let directory: string;
  let output: string[];
  let code: number;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "tinyagent-train-"));
    await writeFile(join(directory, "train.jsonl"), fixtureRows(300, 1));
    await writeFile(join(directory, "val.jsonl"), fixtureRows(20, 2));
    await writeFile(join(directory, "models.json"), catalogFor("planner.gguf"));
    output = [];
    code = await trainPlannerCommand(
      [
        ...["--data", directory, "--work", join(directory, "work")],
        ...["--model", join(directory, "planner.gguf"), "--parity-copy", join(directory, "parity.jsonl")],
        ...["--catalog", join(directory, "models.json")],
        ...["--dim", "32", "--layers", "1", "--heads", "2", "--vocab", "400", "--seq", "256"],
        ...["--max-tokens", "30000", "--batch", "16", "--samples", "4", "--threads", "1"],
      ],
      (line) => output.push(line),
    );
  }, 300_000);

  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it("trains, exports and passes its own parity check", () => {
    expect(code, output.join("\n")).toBe(0);
    expect(output).toContain("greedy decode: 4/4 samples identical");
    expect(output.some((line) => /^tokenizer: (\d+)\/\1 texts tokenized identically$/.test(line))).toBe(true);
    for (const stage of ["render", "train", "export", "parity"]) {
      expect(output.some((line) => line.startsWith(`== ${stage} took `))).toBe(true);
    }
  });

  it("writes a llama GGUF with the trained SentencePiece vocabulary and no chat template", async () => {
    const info = await readGgufFileInfo(join(directory, "planner.gguf"));
    const manifest = JSON.parse(await readFile(join(directory, "work/run/manifest.json"), "utf8"));
    expect(info.metadata.general.architecture).toBe("llama");
    expect(info.metadata.llama).toMatchObject({ embedding_length: 32, block_count: 1, context_length: 256 });
    expect(info.metadata.tokenizer.ggml.tokens).toEqual(manifest.tokenizer.tokens);
    expect(info.metadata.tokenizer.ggml.tokens?.slice(0, 4)).toEqual(["<unk>", "<s>", "</s>", "<0x00>"]);
    expect(info.metadata.tokenizer.ggml.add_space_prefix).toBe(false);
    expect(info.metadata.tokenizer.chat_template).toBeUndefined();
    expect(info.tensorInfo?.some((tensor) => tensor.name === "output.weight")).toBe(false);
  });

  it("copies the checked samples for the CI parity test", async () => {
    const samples = await readParitySamples(join(directory, "parity.jsonl"));
    expect(samples).toHaveLength(4);
    for (const sample of samples) expect(sample.prompt.endsWith("\nPlan:\n")).toBe(true);
  });

  it("records the installed model's size and SHA-256 in the catalog entry that embeds it", async () => {
    const model = await readFile(join(directory, "planner.gguf"));
    const catalog = JSON.parse(await readFile(join(directory, "models.json"), "utf8"));
    expect(catalog.models[0]).toMatchObject({
      name: "embedded-planner",
      sizeBytes: model.length,
      sha256: createHash("sha256").update(model).digest("hex"),
    });
    // Only the entry that embeds it: the downloadable one keeps its own.
    expect(catalog.models[1]).toMatchObject({ name: "downloaded", sizeBytes: 5, sha256: "a".repeat(64) });
    expect(output).toContain(
      `recorded its size and SHA-256 in ${join(directory, "models.json")} (embedded-planner)`,
    );
  });

  it("installs the GGUF only once parity passes, and leaves the old one when it fails", async () => {
    expect(await readFile(join(directory, "work", STAGED_MODEL))).toEqual(
      await readFile(join(directory, "planner.gguf")),
    );
    // A run whose trainer samples node-llama-cpp does not reproduce: one expected text is changed.
    const tampered = join(directory, "tampered");
    await cp(join(directory, "work"), tampered, { recursive: true });
    const samples = (await readFile(join(tampered, "run/parity.jsonl"), "utf8")).trim().split("\n");
    const first = JSON.parse(samples[0] ?? "{}");
    samples[0] = JSON.stringify({ ...first, text: `${first.text} (changed)` });
    await writeFile(join(tampered, "run/parity.jsonl"), `${samples.join("\n")}\n`);
    const shipped = join(directory, "shipped.gguf");
    const shippedParity = join(directory, "shipped-parity.jsonl");
    await writeFile(shipped, "the model a user already has");
    await writeFile(shippedParity, "its parity sample\n");
    const shippedCatalog = join(directory, "shipped-models.json");
    await writeFile(shippedCatalog, catalogFor("shipped.gguf"));
    const lines: string[] = [];
    const failed = await trainPlannerCommand(
      [
        ...["--data", directory, "--work", tampered, "--from", "parity"],
        ...["--model", shipped, "--parity-copy", shippedParity, "--catalog", shippedCatalog],
      ],
      (line) => lines.push(line),
    );
    expect(failed, lines.join("\n")).toBe(1);
    expect(lines).toContain("greedy decode: 3/4 samples identical");
    expect(lines.some((line) => line.includes("was left as it was"))).toBe(true);
    expect(await readFile(shipped, "utf8")).toBe("the model a user already has");
    expect(await readFile(shippedParity, "utf8")).toBe("its parity sample\n");
    expect(await readFile(shippedCatalog, "utf8")).toBe(catalogFor("shipped.gguf"));
  });

  it("starts at a later stage, reusing the earlier stages' files", async () => {
    const lines: string[] = [];
    const again = await trainPlannerCommand(
      [
        ...["--data", directory, "--work", join(directory, "work"), "--from", "export"],
        ...["--model", join(directory, "again.gguf"), "--parity-copy", ""],
      ],
      (line) => lines.push(line),
    );
    expect(again, lines.join("\n")).toBe(0);
    expect(lines.some((line) => line.startsWith("== train"))).toBe(false);
    expect(existsSync(join(directory, "again.gguf"))).toBe(true);
    expect(await readFile(join(directory, "again.gguf"))).toEqual(
      await readFile(join(directory, "planner.gguf")),
    );
  });

  it("goes on training an earlier run with its tokenizer and shape (--init)", async () => {
    const earlier = join(directory, "earlier");
    await cp(join(directory, "work/run"), earlier, { recursive: true });
    const lines: string[] = [];
    const continued = await trainPlannerCommand(
      [
        ...["--data", directory, "--work", join(directory, "continued"), "--init", earlier],
        ...["--model", join(directory, "continued.gguf"), "--parity-copy", ""],
        // Shape options are ignored: the earlier run's shape and tokenizer are kept.
        ...["--dim", "64", "--vocab", "300", "--seq", "256", "--max-tokens", "8000", "--batch", "16"],
        ...["--samples", "2", "--threads", "1"],
      ],
      (line) => lines.push(line),
    );
    expect(continued, lines.join("\n")).toBe(0);
    const before = JSON.parse(await readFile(join(earlier, "manifest.json"), "utf8"));
    const after = JSON.parse(await readFile(join(directory, "continued/run/manifest.json"), "utf8"));
    expect(after.tokenizer.tokens).toEqual(before.tokenizer.tokens);
    expect(after.hyperparameters).toEqual(before.hyperparameters);
    // Picking up where it stopped, the first evaluation is already near the earlier best.
    expect(after.training.valHistory[0].valLoss).toBeLessThan(before.training.valHistory[0].valLoss);
    expect(lines.some((line) => line.includes(`continuing from ${earlier}`))).toBe(true);
  });

  it("trains a new shape with an earlier run's tokenizer (--tokenizer), stopping at --time-budget", async () => {
    const lines: string[] = [];
    const code = await trainPlannerCommand(
      [
        ...["--data", directory, "--work", join(directory, "budgeted")],
        ...["--tokenizer", join(directory, "work/run"), "--model", join(directory, "budgeted.gguf")],
        ...["--parity-copy", "", "--dim", "48", "--layers", "1", "--heads", "2", "--seq", "256"],
        // Far more tokens than a few seconds can train: the time budget has to end the run.
        ...["--max-tokens", "100000000", "--time-budget", "3", "--batch", "16", "--samples", "2"],
        ...["--threads", "1"],
      ],
      (line) => lines.push(line),
    );
    expect(code, lines.join("\n")).toBe(0);
    const earlier = JSON.parse(await readFile(join(directory, "work/run/manifest.json"), "utf8"));
    const manifest = JSON.parse(await readFile(join(directory, "budgeted/run/manifest.json"), "utf8"));
    expect(manifest.tokenizer.tokens).toEqual(earlier.tokenizer.tokens);
    expect(manifest.hyperparameters.embeddingLength).toBe(48);
    expect(manifest.training.tokens).toBeGreaterThan(0);
    expect(manifest.training.tokens).toBeLessThan(100_000_000);
    expect(manifest.training.precision).toBe("fp32");
  });

  it("re-exports an earlier run without training it (--init with --max-tokens 0)", async () => {
    const lines: string[] = [];
    const code = await trainPlannerCommand(
      [
        ...["--data", directory, "--work", join(directory, "reexported")],
        ...["--init", join(directory, "work/run"), "--max-tokens", "0", "--samples", "3"],
        ...["--model", join(directory, "reexported.gguf"), "--parity-copy", "", "--threads", "1"],
      ],
      (line) => lines.push(line),
    );
    expect(code, lines.join("\n")).toBe(0);
    expect(lines).toContain("greedy decode: 3/3 samples identical");
    expect(await readFile(join(directory, "reexported/run/weights.bin"))).toEqual(
      await readFile(join(directory, "work/run/weights.bin")),
    );
    const earlier = JSON.parse(await readFile(join(directory, "work/run/manifest.json"), "utf8"));
    const manifest = JSON.parse(await readFile(join(directory, "reexported/run/manifest.json"), "utf8"));
    expect(manifest.training).toEqual({ ...earlier.training, reexported: true });
  });

  it("stops after the stage --to names", async () => {
    const lines: string[] = [];
    const work = join(directory, "rendered");
    const code = await trainPlannerCommand(
      ["--data", directory, "--work", work, "--to", "render", "--model", join(directory, "none.gguf")],
      (line) => lines.push(line),
    );
    expect(code, lines.join("\n")).toBe(0);
    expect(existsSync(join(work, "train.txt.jsonl"))).toBe(true);
    expect(existsSync(join(work, "run"))).toBe(false);
    expect(lines.some((line) => line.startsWith("== train"))).toBe(false);

    // Parity checks the export stage's GGUF, which this work folder does not have.
    const parityFirst: string[] = [];
    const args = [
      "--data",
      directory,
      "--work",
      work,
      "--from",
      "parity",
      "--model",
      join(directory, "none.gguf"),
    ];
    expect(await trainPlannerCommand(args, (line) => parityFirst.push(line))).toBe(1);
    expect(parityFirst.join("\n")).toMatch(/error train\/stage: .*model\.gguf is missing/);
    expect(existsSync(join(directory, "none.gguf"))).toBe(false);
  });
});

describe("train:planner options", () => {
  it("rejects an unknown stage or option with usage", async () => {
    const lines: string[] = [];
    expect(await trainPlannerCommand(["--from", "deploy"], (line) => lines.push(line))).toBe(2);
    expect(await trainPlannerCommand(["--epochs", "3"], (line) => lines.push(line))).toBe(2);
    expect(await trainPlannerCommand(["--from", "export", "--to", "train"], (line) => lines.push(line))).toBe(
      2,
    );
    expect(lines.join("\n")).toContain("Usage: npm run train:planner");
  });
});
