import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OnnxToolClassifier } from "../../src/toolrag/node/index.js";
import { checkExportParity } from "./checkExportParity.js";

const rows = [
  { query: "Text Sid that I'm late" },
  { query: "Where is Nyhavn?" },
  { query: "tell me a joke" },
];

describe("checkExportParity", () => {
  let classifier: OnnxToolClassifier;
  let trained: number[][];

  beforeAll(async () => {
    classifier = await OnnxToolClassifier.load(
      path.resolve(import.meta.dirname, "../../test/fixtures/toolrag-tiny"),
    );
    trained = await Promise.all(rows.map(async ({ query }) => Array.from(await classifier.scores(query))));
  });
  afterAll(async () => {
    await classifier?.dispose();
  });

  it("passes a graph that gives the trainer's probabilities, within float rounding", async () => {
    const rounded = trained.map((scores) => scores.map((value) => value + 1e-5));
    const largest = await checkExportParity(classifier, rows, rounded);
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(1e-4);
  });

  it("refuses a graph that says something else, naming the row", async () => {
    const wrong = trained.map((scores, row) =>
      scores.map((value, label) => (row === 1 && label === 0 ? 1 - value : value)),
    );
    await expect(checkExportParity(classifier, rows, wrong)).rejects.toThrow(
      /does not reproduce the trained model: on "Where is Nyhavn\?"/,
    );
    const fewerLabels = trained.map((scores) => scores.slice(1));
    await expect(checkExportParity(classifier, rows, fewerLabels)).rejects.toThrow(
      /probabilities, the trained one/,
    );
    await expect(checkExportParity(classifier, rows, [])).rejects.toThrow(/0 rows of probabilities/);
  });
});
