import { describe, expect, it } from "vitest";
import { ToolRegistry } from "../../src/tools/index.js";
import { checkRow } from "./checkRow.js";
import { datasetRowSchema } from "./DatasetRow.js";
import { generateSplit } from "./generateSplit.js";
import { INTENTS } from "./intents/index.js";

const registry = new ToolRegistry();
const train = generateSplit({ seed: 11, split: "train", count: 3000 });
const test = generateSplit({ seed: 11, split: "test", count: 1000 });

describe("generateSplit", () => {
  it("is a pure function of the seed", () => {
    const again = generateSplit({ seed: 11, split: "train", count: 200 });
    expect(again.rows.map(({ row }) => row)).toEqual(train.rows.slice(0, 200).map(({ row }) => row));
    const other = generateSplit({ seed: 12, split: "train", count: 200 });
    expect(other.rows.map(({ row }) => row.query)).not.toEqual(again.rows.map(({ row }) => row.query));
  });

  it("writes rows that validate, keep the date contract and name their tools", () => {
    for (const { row } of [...train.rows, ...test.rows]) {
      expect(datasetRowSchema.parse(row)).toEqual(row);
      expect(checkRow(row, registry), `${row.query}\n${row.plan}`).toEqual([]);
    }
    expect(train.rejectedDates + test.rejectedDates).toBeLessThan(5);
  });

  it("covers every intent and all 16 tools, with distinct queries", () => {
    expect(new Set(train.rows.map(({ intent }) => intent))).toEqual(
      new Set(INTENTS.map((intent) => intent.name)),
    );
    expect(new Set(train.rows.flatMap(({ row }) => row.tools)).size).toBe(16);
    expect(new Set(train.rows.map(({ row }) => row.query)).size).toBe(train.rows.length);
    const joinOnly = train.rows.filter(({ intent }) => intent === "no-tool");
    expect(joinOnly.every(({ row }) => row.plan === "1. join()<END_OF_PLAN>" && row.tools.length === 0)).toBe(
      true,
    );
  });

  it("holds out the test split's phrasings and slot values", () => {
    const trainTemplates = new Set(train.rows.flatMap(({ templates }) => templates));
    const trainValues = new Set(train.rows.flatMap(({ picked }) => picked));
    const sharedTemplates = test.rows
      .flatMap(({ templates }) => templates)
      .filter((template) => trainTemplates.has(template));
    const sharedValues = test.rows.flatMap(({ picked }) => picked).filter((value) => trainValues.has(value));
    expect(sharedTemplates).toEqual([]);
    expect(sharedValues).toEqual([]);
    expect(test.rows.flatMap(({ picked }) => picked).length).toBeGreaterThan(1000);
  });

  it("keeps the words only the test split's phrasings use out of every training phrasing", () => {
    // Measured when the last training phrasings were added: new ones must not borrow these, or the
    // test split would stop measuring phrasings the model never saw.
    const testOnly =
      "block boil both bounce calculate computer concerning copying crack dig digest digits fire forecast " +
      "lines loop news nudge onto pencil pin shut sing snow song spin tack";
    const words = (template: string) =>
      template
        .replace(/\{[a-z]+\}/g, " ")
        .toLowerCase()
        .split(/[^a-z']+/);
    const trainWords = new Set([...new Set(train.rows.flatMap(({ templates }) => templates))].flatMap(words));
    const testWords = new Set(test.rows.flatMap(({ templates }) => templates).flatMap(words));
    for (const word of testOnly.split(" ")) {
      expect(trainWords.has(word), word).toBe(false);
      expect(testWords.has(word), word).toBe(true);
    }
  });

  it("puts lookups before the calls that use them: one SMS to many, emails before invites", () => {
    const groupTexts = train.rows.filter(
      ({ row }) =>
        row.tools.join() === "get_phone_number,send_sms" &&
        row.plan.includes('send_sms(["$1", "$2", "$3"], '),
    );
    expect(groupTexts.length).toBeGreaterThan(5);
    for (const { row } of groupTexts)
      expect(row.plan).toMatch(/^(\d\. get_phone_number\(.*\n){3}4\. send_sms\(/);
    for (const { row } of train.rows) {
      const lines = row.plan.split("\n").filter((line) => /^\d+\. /.test(line));
      const firstAction = lines.findIndex((line) => !/get_(phone_number|email_address)\(/.test(line));
      expect(
        lines.slice(firstAction).some((line) => /get_(phone_number|email_address)\(/.test(line)),
        row.plan,
      ).toBe(false);
    }
  });
});
