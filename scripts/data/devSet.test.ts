import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ToolRegistry } from "../../src/tools/index.js";
import { checkRow } from "./checkRow.js";
import { datasetRowSchema } from "./DatasetRow.js";

const rows = readFileSync(new URL("../../data-dev/dev.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => datasetRowSchema.parse(JSON.parse(line)));

describe("the hand-written dev set (data-dev/dev.jsonl)", () => {
  it("has 100+ distinct requests", () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(new Set(rows.map((row) => row.query)).size).toBe(rows.length);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it("validates and keeps the compact prompt's date contract", () => {
    const registry = new ToolRegistry();
    for (const row of rows) expect(checkRow(row, registry), `${row.id}: ${row.query}`).toEqual([]);
  });

  it("uses all 16 tools and has requests no tool can do", () => {
    expect(new Set(rows.flatMap((row) => row.tools)).size).toBe(16);
    expect(rows.filter((row) => row.plan === "1. join()<END_OF_PLAN>").length).toBeGreaterThanOrEqual(10);
  });
});
