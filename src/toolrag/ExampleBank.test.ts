import { describe, expect, it } from "vitest";
import { ExampleBank } from "./ExampleBank.js";
import { formatExample, type PlanExample } from "./PlanExample.js";
import { parseExampleBank } from "./parseExampleBank.js";

const example = (query: string, tools: string[]): PlanExample => ({
  query,
  plan: `${tools.map((tool, index) => `${index + 1}. ${tool}("x")`).join("\n")}\n${tools.length + 1}. join()<END_OF_PLAN>`,
  tools,
});

const BANK = [
  example("Text Sid that I'm late", ["get_phone_number", "send_sms"]),
  example("Email Lutfi the slides", ["get_email_address", "compose_new_email"]),
  example("Remind me to buy milk", ["create_reminder"]),
  example("Text Amir happy birthday", ["get_phone_number", "send_sms"]),
  example("Send an SMS to Zoë about the late train", ["get_phone_number", "send_sms"]),
  example("What is Sid's phone number?", ["get_phone_number"]),
  example("Directions to SFO", ["maps_show_directions"]),
  example("Text Chen the address of the office", ["get_phone_number", "send_sms"]),
];

const queries = (examples: readonly PlanExample[]) => examples.map((item) => item.query);

describe("ExampleBank", () => {
  it("keeps only the examples whose tools are all selected", async () => {
    const bank = new ExampleBank(BANK);
    const found = await bank.search("anything", { tools: ["get_phone_number"], count: 6 });
    expect(queries(found)).toEqual(["What is Sid's phone number?"]);
  });

  it("takes every survivor in bank order when no more than count survive, as the reference", async () => {
    const bank = new ExampleBank(BANK);
    const found = await bank.search("zzz", { tools: ["create_reminder", "maps_show_directions"] });
    expect(queries(found)).toEqual(["Remind me to buy milk", "Directions to SFO"]);
  });

  it("ranks survivors by BM25 similarity to the query and keeps the best count", async () => {
    const bank = new ExampleBank(BANK);
    const found = await bank.search("text zoe that the train is late", {
      tools: ["get_phone_number", "send_sms", "create_reminder"],
      count: 2,
    });
    expect(queries(found)).toEqual(["Send an SMS to Zoë about the late train", "Text Sid that I'm late"]);
  });

  it("fills up with unmatched survivors in bank order", async () => {
    const bank = new ExampleBank(BANK);
    const found = await bank.search("milk", {
      tools: ["create_reminder", "maps_show_directions", "get_phone_number"],
      count: 3,
    });
    expect(queries(found)).toEqual([
      "Remind me to buy milk",
      "What is Sid's phone number?",
      "Directions to SFO",
    ]);
  });

  it("ranks by cosine similarity when given an embedding function", async () => {
    // A toy embedding: how often each of a few words occurs.
    const words = ["birthday", "late", "address"];
    const embed = async (texts: readonly string[]) =>
      texts.map((text) => words.map((word) => text.toLowerCase().split(word).length - 1));
    const bank = new ExampleBank(BANK, { embed });
    const found = await bank.search("happy birthday!", { tools: ["get_phone_number", "send_sms"], count: 1 });
    expect(queries(found)).toEqual(["Text Amir happy birthday"]);
  });

  it("formats examples as the tinyagent prompt shows them", async () => {
    const bank = new ExampleBank(BANK);
    const [text] = await bank.retrieve("reminder", { tools: ["create_reminder"] });
    expect(text).toBe('Question: Remind me to buy milk\n1. create_reminder("x")\n2. join()<END_OF_PLAN>\n');
    expect(formatExample({ query: "q", plan: "1. join()<END_OF_PLAN>\n\n" })).toBe(
      "Question: q\n1. join()<END_OF_PLAN>\n",
    );
  });

  it("rejects once cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      new ExampleBank(BANK).search("x", { tools: [], signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("parseExampleBank", () => {
  it("reads JSON Lines and skips blank lines", () => {
    const text = `${JSON.stringify(BANK[0])}\n\n${JSON.stringify(BANK[1])}\n`;
    expect(parseExampleBank(text, "bank.jsonl")).toEqual([BANK[0], BANK[1]]);
  });

  it("names each bad line", () => {
    const text = `${JSON.stringify(BANK[0])}\nnot json\n${JSON.stringify({ query: "q", plan: "1. x()", tools: [] })}\n`;
    expect(() => parseExampleBank(text, "bank.jsonl")).toThrow(
      expect.objectContaining({
        code: "toolrag/examples",
        message: expect.stringContaining("bank.jsonl:2: not JSON\nbank.jsonl:3: plan: must be a plan"),
      }),
    );
  });
});
