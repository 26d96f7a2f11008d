import { describe, expect, it } from "vitest";
import { BUILTIN_TOOL_NAMES, ToolRegistry } from "../tools/index.js";
import { ClassifierToolSelector } from "./ClassifierToolSelector.js";
import { ExampleBank } from "./ExampleBank.js";
import type { ToolClassifier } from "./ToolClassifier.js";

/** A classifier of the 16 built-in tools with fixed answers (0 unless named); records disposal. */
class FixedClassifier implements ToolClassifier {
  readonly labels = BUILTIN_TOOL_NAMES;
  disposed = false;
  constructor(readonly answer: Readonly<Record<string, number>>) {}
  async scores(): Promise<readonly number[]> {
    return this.labels.map((label) => this.answer[label] ?? 0);
  }
  dispose(): void {
    this.disposed = true;
  }
}

const bank = new ExampleBank([
  {
    query: "Email Lutfi the slides",
    plan: '1. compose_new_email([], [], "", "", [])\n2. join()<END_OF_PLAN>',
    tools: ["compose_new_email"],
  },
  {
    query: "Text Sid I'm late",
    plan: '1. send_sms([], "late")\n2. join()<END_OF_PLAN>',
    tools: ["send_sms"],
  },
  { query: "Text Amir hi", plan: '1. send_sms([], "hi")\n2. join()<END_OF_PLAN>', tools: ["send_sms"] },
]);

describe("ClassifierToolSelector", () => {
  it("selects by score and retrieves examples of the selected tools only", async () => {
    const classifier = new FixedClassifier({ send_sms: 0.9, compose_new_email: 0.1 });
    const selector = new ClassifierToolSelector({ classifier, examples: bank, exampleCount: 1 });
    const selection = await selector.select("Text Sid I'm running late", { registry: new ToolRegistry() });
    // The SMS brings the phone lookup its recipients need.
    expect(selection.tools.map((tool) => tool.name)).toEqual(["get_phone_number", "send_sms"]);
    expect(selection.scores).toMatchObject({ send_sms: 0.9, compose_new_email: 0.1, create_note: 0 });
    expect(selection.examples).toEqual([
      'Question: Text Sid I\'m late\n1. send_sms([], "late")\n2. join()<END_OF_PLAN>\n',
    ]);
  });

  it("offers no examples without a bank, so the prompt keeps its fixed ones", async () => {
    const selector = new ClassifierToolSelector({ classifier: new FixedClassifier({ send_sms: 0.9 }) });
    const selection = await selector.select("Text Sid", { registry: new ToolRegistry() });
    expect(selection).not.toHaveProperty("examples");
  });

  it("applies its threshold and disposes the classifier it owns", async () => {
    const classifier = new FixedClassifier({ send_sms: 0.9, create_note: 0.4 });
    const selector = new ClassifierToolSelector({ classifier, threshold: 0.3 });
    const selection = await selector.select("Text Sid and note it", { registry: new ToolRegistry() });
    expect(selection.tools.map((tool) => tool.name)).toEqual(["get_phone_number", "create_note", "send_sms"]);
    await selector.dispose();
    expect(classifier.disposed).toBe(true);
  });
});
