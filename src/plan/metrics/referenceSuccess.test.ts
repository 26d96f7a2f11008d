import { describe, expect, it } from "vitest";
import { ToolRegistry } from "../../tools/index.js";
import { referenceSuccess } from "./referenceSuccess.js";

const registry = new ToolRegistry();
const score = (predicted: string, gold: string) => referenceSuccess(predicted, gold, { registry });

const GOLD = [
  "Thought: First, look up both contacts.",
  '1. get_phone_number("Sid")',
  '2. get_email_address("Lutfi")',
  '3. send_sms(["$1"], "Running late")',
  '4. compose_new_email(["$2"], [], "Late", "Running late", [])',
  "Thought: I have succesfully done it.",
  "5. join()<END_OF_PLAN>",
].join("\n");

describe("referenceSuccess", () => {
  it("scores a plan against itself as 1", () => {
    expect(score(GOLD, GOLD)).toBe(1);
  });

  it("ignores numbering and the order of independent steps", () => {
    const predicted = [
      '1. get_email_address("Lutfi")',
      '2. compose_new_email(["$1"], [], "Late", "Running late", [])',
      '3. get_phone_number("Sid")',
      '4. send_sms(["$3"], "Running late")',
      "5. join()",
    ].join("\n");
    expect(score(predicted, GOLD)).toBe(1);
  });

  it("never compares arguments", () => {
    expect(score(GOLD.replace('"Sid"', '"Nick"').replace("Running late", "Hello"), GOLD)).toBe(1);
  });

  it("scores 0 for a missing edge (a name instead of $1)", () => {
    expect(score(GOLD.replace('["$1"]', '["Sid"]'), GOLD)).toBe(0);
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text ${1} is what is tested.
  it("does not count ${1} as a dependency", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: as above.
    expect(score(GOLD.replace('["$1"]', '["${1}"]'), GOLD)).toBe(0);
  });

  it("counts only the first $N of a string", () => {
    const gold = [
      '1. get_phone_number("Sid")',
      '2. get_phone_number("Lutfi")',
      '3. send_sms(["$1", "$2"], "hi")',
      "4. join()",
    ].join("\n");
    expect(score(gold.replace('["$1", "$2"]', '["$1 and $2"]'), gold)).toBe(0);
  });

  it("resolves $N to list positions, not printed numbers", () => {
    const gold = ['1. get_phone_number("Sid")', '2. send_sms(["$1"], "hi")', "3. join()"].join("\n");
    const renumbered = ['5. get_phone_number("Sid")', '6. send_sms(["$1"], "hi")', "7. join()"].join("\n");
    const printedIndex = ['5. get_phone_number("Sid")', '6. send_sms(["$5"], "hi")', "7. join()"].join("\n");
    expect(score(renumbered, gold)).toBe(1);
    expect(score(printedIndex, gold)).toBe(0);
  });

  it("scores 0 for an extra step, a missing join and an early join", () => {
    const extra = GOLD.replace("5. join()", '5. get_phone_number("Nick")\n6. join()');
    const missingJoin = GOLD.replace("5. join()<END_OF_PLAN>", "");
    const earlyJoin = GOLD.replace(
      '3. send_sms(["$1"], "Running late")',
      '3. join()\n4. send_sms(["$1"], "x")',
    );
    expect(score(extra, GOLD)).toBe(0);
    expect(score(missingJoin, GOLD)).toBe(0);
    expect(score(earlyJoin, GOLD)).toBe(0);
  });

  it("truncates at a hallucinated tool, like the reference", () => {
    const gold = ['1. get_phone_number("Sid")', "2. join()"].join("\n");
    const predicted = ['1. get_phone_number("Sid")', '2. get_weather("Paris")', "3. join()"].join("\n");
    const truncatedGold = ['1. get_phone_number("Sid")'].join("\n");
    expect(score(predicted, gold)).toBe(0);
    expect(score(predicted, truncatedGold)).toBe(1);
  });

  it("scores 0 without throwing where the reference would crash", () => {
    const selfReference = ['1. get_phone_number("Sid")', '2. send_sms(["$2"], "hi")', "3. join()"].join("\n");
    const outOfRange = ['1. get_phone_number("Sid")', '2. send_sms(["$9"], "hi")', "3. join()"].join("\n");
    const zero = ['1. get_phone_number("Sid")', '2. send_sms(["$0"], "hi")', "3. join()"].join("\n");
    const cycle = ['1. summarize_pdf("$2")', '2. summarize_pdf("$1")', "3. join()"].join("\n");
    for (const predicted of [selfReference, outOfRange, zero, cycle]) {
      expect(score(predicted, GOLD)).toBe(0);
      expect(score(predicted, predicted)).toBe(0);
    }
  });

  it("accepts a forward reference, as the reference graph does", () => {
    const gold = ['1. get_phone_number("Sid")', '2. send_sms(["$1"], "hi")', "3. join()"].join("\n");
    const forward = ['1. send_sms(["$2"], "hi")', '2. get_phone_number("Sid")', "3. join()"].join("\n");
    expect(score(forward, gold)).toBe(1);
  });

  it("compares same-named dependencies in argument order, the reference quirk", () => {
    const gold = [
      '1. get_phone_number("Sid")',
      '2. open_and_get_file_path("report")',
      '3. summarize_pdf("$2")',
      '4. summarize_pdf("/tmp/notes.pdf")',
      '5. compose_new_email(["$1"], [], "Summaries", "$3", ["$4"])',
      "6. join()",
    ].join("\n");
    const swapped = gold.replace('"$3", ["$4"]', '"$4", ["$3"]');
    expect(score(gold, gold)).toBe(1);
    expect(score(swapped, gold)).toBe(0);
  });

  it("needs the same upstream trees, not only the same tool names", () => {
    const gold = [
      '1. get_phone_number("Sid")',
      '2. send_sms(["$1"], "a")',
      '3. send_sms(["Nick"], "b")',
      "4. join()",
    ];
    const predicted = [
      '1. get_phone_number("Sid")',
      '2. send_sms(["Sid"], "a")',
      '3. send_sms(["$1"], "b")',
      "4. join()",
    ];
    expect(score(predicted.join("\n"), gold.join("\n"))).toBe(1);
    const chain = [
      '1. open_and_get_file_path("a")',
      '2. summarize_pdf("$1")',
      '3. summarize_pdf("b")',
      "4. join()",
    ];
    const unchained = [
      '1. open_and_get_file_path("a")',
      '2. summarize_pdf("a")',
      '3. summarize_pdf("b")',
      "4. join()",
    ];
    expect(score(unchained.join("\n"), chain.join("\n"))).toBe(0);
  });
});
