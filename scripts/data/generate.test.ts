import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { datasetRowSchema } from "./DatasetRow.js";
import { generateDataset, main, parseGenerateArgs } from "./generate.js";

const out = mkdtempSync(join(tmpdir(), "tinyagent-data-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("npm run data", () => {
  it("reads its options, with the documented defaults", () => {
    expect(parseGenerateArgs([])).toEqual({
      seed: 1,
      counts: { train: 150_000, val: 2_000, test: 2_000 },
      out: "data",
    });
    expect(parseGenerateArgs(["--seed", "7", "--train", "10", "--out", "x"])).toMatchObject({
      seed: 7,
      counts: { train: 10 },
      out: "x",
    });
    expect(() => parseGenerateArgs(["--train", "ten"])).toThrow("--train must be a whole number");
    expect(() => parseGenerateArgs(["--rows", "3"])).toThrow("usage: npm run data");
  });

  it("prints its options with --help and exits 2 on an unknown one, writing nothing", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(main(["--help"])).toBe(0);
      expect(String(log.mock.calls[0]?.[0])).toMatch(/--train N +training rows \(default 150000\)/);
      expect(main(["--rows", "3", "--out", join(out, "never")])).toBe(2);
      expect(String(error.mock.calls[0]?.[0])).toMatch(/Unknown option '--rows'/);
      expect(existsSync(join(out, "never"))).toBe(false);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });

  it("writes train, val and test JSONL files with the same bytes for the same seed, and reports statistics", () => {
    const options = { seed: 5, counts: { train: 60, val: 10, test: 20 }, out };
    const report = generateDataset(options);
    const files = ["train", "val", "test"].map((split) => readFileSync(join(out, `${split}.jsonl`), "utf8"));
    const rows = files.map((text) =>
      text
        .trim()
        .split("\n")
        .map((line) => datasetRowSchema.parse(JSON.parse(line))),
    );
    expect(rows.map((split) => split.length)).toEqual([60, 10, 20]);
    expect(Object.keys(JSON.parse(files[0]?.split("\n")[0] ?? "{}"))).toEqual([
      "id",
      "now",
      "query",
      "plan",
      "tools",
    ]);
    expect(report).toContain("distinct queries");
    expect(report).toContain("tools (rows using each)");
    generateDataset(options);
    expect(
      ["train", "val", "test"].map((split) => readFileSync(join(out, `${split}.jsonl`), "utf8")),
    ).toEqual(files);
    const trainQueries = new Set(rows[0]?.map((row) => row.query));
    expect(rows[1]?.some((row) => trainQueries.has(row.query))).toBe(false);
  });
});
