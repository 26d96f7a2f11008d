import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadToolSelector, OnnxToolClassifier } from "../src/toolrag/node/index.js";
import { BUILTIN_TOOL_NAMES, ToolRegistry } from "../src/tools/index.js";

/** A few-KB classifier folder whose hand-set weights make known words vote for known tools. */
const FIXTURE = path.resolve(import.meta.dirname, "fixtures/toolrag-tiny");

function selected(classifier: OnnxToolClassifier, scores: ArrayLike<number>): string[] {
  return classifier.labels.filter((_, index) => (scores[index] ?? 0) > 0.5);
}

describe("OnnxToolClassifier on a Hugging Face layout folder", () => {
  let classifier: OnnxToolClassifier;
  let work: string;

  beforeAll(async () => {
    classifier = await OnnxToolClassifier.load(FIXTURE);
    work = await mkdtemp(path.join(os.tmpdir(), "toolrag-test-"));
  });

  afterAll(async () => {
    await classifier.dispose();
    await rm(work, { recursive: true, force: true });
  });

  it("reads generic LABEL_n names in the reference label order", () => {
    expect(classifier.labels).toEqual(BUILTIN_TOOL_NAMES);
  });

  it("returns one sigmoid probability per tool", async () => {
    const scores = await classifier.scores("Text Sid that I'm late");
    expect(scores).toHaveLength(16);
    expect([...scores].every((score) => score > 0 && score < 1)).toBe(true);
    expect(selected(classifier, scores)).toEqual(["send_sms"]);
  });

  it("is multi-label and tokenises with the folder's tokenizer (lower case, accents stripped)", async () => {
    expect(selected(classifier, await classifier.scores("Set up a ZOOM meeting"))).toEqual([
      "create_calendar_event",
      "get_zoom_meeting_link",
    ]);
    expect(selected(classifier, await classifier.scores("Rémind me"))).toEqual(["create_reminder"]);
  });

  it("reads only the first 512 tokens of a longer query, as the reference truncates", async () => {
    const scores = await classifier.scores(`${"text ".repeat(600)}${"zoom ".repeat(600)}`);
    expect(selected(classifier, scores)).toEqual(["send_sms"]);
  });

  it("loads tool-name labels and the optimum layout (model.onnx at the top)", async () => {
    const folder = path.join(work, "named");
    await cp(FIXTURE, folder, { recursive: true });
    await cp(path.join(folder, "onnx/model.onnx"), path.join(folder, "model.onnx"));
    await rm(path.join(folder, "onnx"), { recursive: true });
    const reversed = [...BUILTIN_TOOL_NAMES].reverse();
    const config = JSON.parse(await readFile(path.join(folder, "config.json"), "utf8"));
    // Same outputs, other names: send_sms's output (14 of 0–15) is now called reversed[14].
    config.id2label = Object.fromEntries(reversed.map((name, index) => [String(index), name]));
    await writeFile(path.join(folder, "config.json"), JSON.stringify(config));
    const named = await OnnxToolClassifier.load(folder);
    try {
      expect(named.labels).toEqual(reversed);
      expect(selected(named, await named.scores("text"))).toEqual(["get_phone_number"]);
    } finally {
      await named.dispose();
    }
  });

  it.each([["tokenizer.json"], ["onnx/model.onnx"], ["config.json"]])(
    "names the folder when %s is missing",
    async (file) => {
      const folder = path.join(work, `without-${file.replace("/", "-")}`);
      await cp(FIXTURE, folder, { recursive: true });
      await rm(path.join(folder, file));
      await expect(OnnxToolClassifier.load(folder)).rejects.toMatchObject({
        code: "toolrag/model-folder",
        message: expect.stringContaining(folder),
      });
    },
  );

  it("rejects a graph that is not ONNX", async () => {
    const folder = path.join(work, "broken");
    await cp(FIXTURE, folder, { recursive: true });
    await writeFile(path.join(folder, "onnx/model.onnx"), "not a graph");
    await expect(OnnxToolClassifier.load(folder)).rejects.toMatchObject({ code: "toolrag/model" });
  });

  it("rejects once cancelled, and after dispose", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(classifier.scores("text", { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    const other = await OnnxToolClassifier.load(FIXTURE);
    await other.dispose();
    await other.dispose();
    await expect(other.scores("text")).rejects.toMatchObject({ code: "toolrag/disposed" });
  });

  it("builds ToolRAG from a folder: classifier, selection rules and its example bank", async () => {
    const folder = path.join(work, "with-bank");
    await cp(FIXTURE, folder, { recursive: true });
    const examples = [
      {
        query: "Remind me to call mom",
        plan: '1. create_reminder("call mom", None, "", "", None, None)\n2. join()<END_OF_PLAN>',
        tools: ["create_reminder"],
      },
      {
        query: "Text Amir hi",
        plan: '1. send_sms(["+1"], "hi")\n2. join()<END_OF_PLAN>',
        tools: ["send_sms"],
      },
    ];
    await writeFile(
      path.join(folder, "examples.jsonl.gz"),
      gzipSync(examples.map((example) => JSON.stringify(example)).join("\n")),
    );
    const selector = await loadToolSelector({ folder });
    try {
      const registry = new ToolRegistry().forApps(["sms", "contacts", "reminders"]);
      const selection = await selector.select("Text Sid I'm late", { registry });
      // The SMS brings the phone lookup its recipients need.
      expect(selection.tools.map((tool) => tool.name)).toEqual(["get_phone_number", "send_sms"]);
      expect(selection.fallback).toBe(false);
      expect(selection.examples).toEqual([`Question: Text Amir hi\n${examples[1]?.plan}\n`]);
      expect(Object.keys(selection.scores)).toEqual(registry.names());
      const nothing = await selector.select("Good morning", { registry });
      expect(nothing.fallback).toBe(true);
      expect(nothing.tools.map((tool) => tool.name)).toEqual(registry.names());
    } finally {
      await selector.dispose();
    }
  });
});
