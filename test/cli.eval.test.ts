import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvalReport } from "../src/agent/index.js";
import { validatePlan } from "../src/plan/index.js";
import { ToolRegistry } from "../src/tools/index.js";
import { buildTinyLlamaGguf } from "./fixtures/buildTinyLlamaGguf.js";
import { runCli } from "./support/runCli.js";

const ROWS = [
  {
    id: "sms",
    now: "2024-05-24T14:05",
    query: "Text Sid that I'm running late",
    plan: '1. get_phone_number("Sid")\n2. send_sms(["$1"], "Running late")\n3. join()<END_OF_PLAN>',
  },
  {
    id: "call",
    now: "2024-05-27T09:30",
    query: "What is Lutfi's number?",
    plan: '1. get_phone_number("Lutfi")\n2. join()<END_OF_PLAN>',
  },
  {
    id: "email",
    now: "2024-05-24 11:00",
    query: "Email Lutfi the agenda",
    plan: '1. get_email_address("Lutfi")\n2. compose_new_email(["$1"], [], "Agenda", "", [])\n3. join()<END_OF_PLAN>',
  },
];

let directory: string;
let modelPath: string;
let dataPath: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "tinyagent-eval-"));
  modelPath = join(directory, "tiny.gguf");
  dataPath = join(directory, "eval.jsonl");
  await writeFile(modelPath, buildTinyLlamaGguf({ seed: 3 }));
  await writeFile(dataPath, `${ROWS.map((row) => JSON.stringify(row)).join("\n")}\n`);
});

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

/**
 * The tiny model has random weights: it never chooses to end a string or a thought line by itself,
 * so the grammar's bounds keep each plan short enough for the context (two tools, three lines).
 */
const SMALL_MODEL_OPTIONS = ["--threads", "1", "--context", "4096", "--tools", "get_phone_number,send_sms"];

describe("tinyagent eval (tiny random-weight GGUF)", () => {
  it("plans every row under the grammar: every prediction parses, and the reports are written", async () => {
    const reportDir = join(directory, "report");
    const { code, stdout, stderr } = await runCli([
      "eval",
      "--data",
      dataPath,
      "--model",
      modelPath,
      ...SMALL_MODEL_OPTIONS,
      "--max-steps",
      "3",
      "--max-string-length",
      "8",
      "--no-thoughts",
      "--json",
      "--report",
      reportDir,
    ]);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as EvalReport;
    expect(report.n).toBe(3);
    expect(report.malformed_rate).toBe(0);
    expect(report.rows.map((row) => row.id)).toEqual(["sms", "call", "email"]);
    const registry = new ToolRegistry();
    for (const row of report.rows) {
      expect(row.error).toBeUndefined();
      expect(row.malformed).toBe(false);
      expect(validatePlan(row.pred, { registry }), row.pred).toEqual([]);
      expect(row.pred).toMatch(/^1\. /);
      expect(row.pred).toMatch(/join\(\)<END_OF_PLAN>$/);
    }
    // The "email" row's gold tools are not offered, so the tiny model cannot succeed on it.
    expect(report.rows[2]?.success).toBe(0);
    expect(report.prompt_tokens_mean).toBeGreaterThan(1000);
    expect(report.latency_ms.p95).toBeGreaterThanOrEqual(report.latency_ms.p50);
    expect(stderr).toContain("[3/3] email:");

    expect(JSON.parse(await readFile(join(reportDir, "report.json"), "utf8"))).toEqual(report);
    const markdown = await readFile(join(reportDir, "report.md"), "utf8");
    expect(markdown).toContain("# TinyAgent planner evaluation");
    expect(markdown).toContain("| malformed rate | 0.0 % |");
    expect(markdown).toContain("| email | ✗ | ✗ | no |");
  });

  it("without the grammar the bare random model writes malformed plans, and the run still completes", async () => {
    const { code, stdout, stderr } = await runCli([
      "eval",
      "--data",
      dataPath,
      "--model",
      modelPath,
      ...SMALL_MODEL_OPTIONS,
      "--no-grammar",
      "--max-tokens",
      "12",
      "--limit",
      "2",
    ]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("rows                 2\n");
    expect(stdout).toContain("success rate         0.0 %");
    expect(stdout).toContain("malformed rate       100.0 %");
    expect(stdout).toMatch(/latency p50 \/ p95 {4}\d+ ms \/ \d+ ms/);
    expect(stderr).toContain("[2/2] call: malformed");
  });
});

describe("tinyagent eval usage errors", () => {
  it("evaluates the embedded planner when no model is given", async () => {
    const home = await mkdtemp(join(tmpdir(), "tinyagent-eval-home-"));
    const { code, stdout, stderr } = await runCli(["eval", "--data", dataPath, "--threads", "1", "--json"], {
      env: { TINYAGENT_HOME: home },
    });
    expect(code).toBe(0);
    expect(stderr).toContain("Evaluating tinyagent-compact.gguf on 3 rows (compact profile)");
    const report = JSON.parse(stdout) as EvalReport;
    expect(report.n).toBe(3);
    expect(report.malformed_rate).toBe(0);
  });

  it("names the line of a bad dataset row before loading the model", async () => {
    const badData = join(directory, "bad.jsonl");
    await writeFile(
      badData,
      `${JSON.stringify(ROWS[0])}\n\n${JSON.stringify({ ...ROWS[1], now: "tomorrow" })}\n`,
    );
    const { code, stderr } = await runCli([
      "eval",
      "--data",
      badData,
      "--model",
      join(directory, "none.gguf"),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${badData}:3: now: must be a local time without a time zone`);
  });

  it("reports a missing model file and an unknown model name", async () => {
    const missing = await runCli(["eval", "--data", dataPath, "--model", join(directory, "none.gguf")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No model file at");
    const unknown = await runCli(["eval", "--data", dataPath, "--model", "NoSuchModel"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      '--model "NoSuchModel" is neither a file nor a known model (tinyagent-compact, TinyAgent-1.1B',
    );
  });

  it("says how to get a catalog model that is not downloaded", async () => {
    const home = join(directory, "home");
    const { code, stderr } = await runCli(["eval", "--data", dataPath, "--model", "TinyAgent-1.1B"], {
      env: { TINYAGENT_HOME: home },
    });
    expect(code).toBe(1);
    expect(stderr).toContain(
      "TinyAgent-1.1B is not downloaded yet: run `tinyagent models pull TinyAgent-1.1B`",
    );
    expect(stderr).toContain(join(home, "models", "TinyAgent-1.1B-Q4_K_M.gguf"));
  });

  it("rejects non-numeric limits", async () => {
    const { code, stderr } = await runCli([
      "eval",
      "--data",
      dataPath,
      "--model",
      modelPath,
      "--limit",
      "two",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('--limit must be a positive integer, got "two"');
  });
});
