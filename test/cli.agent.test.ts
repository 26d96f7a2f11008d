import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTinyLlamaGguf } from "./fixtures/buildTinyLlamaGguf.js";
import { jsonEvents, runCli } from "./support/runCli.js";

let modelPath: string;

beforeAll(() => {
  modelPath = join(mkdtempSync(join(tmpdir(), "tinyagent-agent-")), "tiny.gguf");
  writeFileSync(modelPath, buildTinyLlamaGguf({ seed: 3 }));
});

const home = (): NodeJS.ProcessEnv => ({
  TINYAGENT_HOME: mkdtempSync(join(tmpdir(), "tinyagent-agent-home-")),
});

describe("tinyagent run REQUEST", () => {
  it("plans with a GGUF under the grammar, runs the plan and answers, whatever the weights", async () => {
    const run = await runCli(
      [
        "run",
        "Text Sid Sharma that I'm running late",
        "--model",
        modelPath,
        "--threads",
        "1",
        "--joiner",
        "summary",
        "--now",
        "2024-05-24T14:05",
        // Every tool in the prompt; ToolRAG's narrowing is tested in toolrag.cli.test.ts.
        "--no-toolrag",
        "--yes",
        "--json",
      ],
      { env: home() },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const all = jsonEvents(run.stdout);
    expect(all[0]).toMatchObject({ type: "round-start", round: 1, replan: false });
    expect(all[0]?.tools).toHaveLength(16);
    const text = all
      .filter((event) => event.type === "plan-token")
      .map((event) => event.text)
      .join("");
    // The parser stops reading (and decoding) as soon as the join line is complete.
    expect(text).toMatch(/\d+\. join\(\)(<END_OF_PLAN>)?$/);
    expect(all.some((event) => event.type === "plan-issue")).toBe(false);
    expect(all.at(-2)?.type).toBe("answer");
    expect(all.at(-1)).toMatchObject({ type: "run-end", status: "completed" });
  });

  it("offers only the tools of enabled apps", async () => {
    const env = home();
    expect((await runCli(["settings", "set", "apps.mail", "false"], { env })).code).toBe(0);
    const plan = '1. compose_new_email(["a@b.c"], [], "Hi", "", [])\n2. join()<END_OF_PLAN>\n';
    const run = await runCli(["run", "--plan", "-", "--yes", "--json"], { env, stdin: plan });
    const issue = jsonEvents(run.stdout).find((event) => event.type === "plan-issue");
    expect(issue?.issue).toMatchObject({ line: 1, code: "plan/unknown-tool" });
  });

  it("takes the approval policy from the settings", async () => {
    const env = home();
    await runCli(["settings", "set", "policy", "never-ask"], { env });
    const plan = '1. send_sms(["+14155550101"], "hi")\n2. join()<END_OF_PLAN>\n';
    const run = await runCli(["run", "--plan", "-"], { env, stdin: plan });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("✓ 1 send_sms");
  });

  it("says how to get a model that is missing", async () => {
    const missing = await runCli(["run", "hello", "--model", "/nowhere/model.gguf"], { env: home() });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No model file at /nowhere/model.gguf");
    const notPulled = await runCli(["run", "hello", "--model", "TinyAgent-1.1B"], { env: home() });
    expect(notPulled.stderr).toContain("tinyagent models pull TinyAgent-1.1B");
  });

  it("rejects a request together with --plan, and a bad --profile", async () => {
    expect((await runCli(["run", "hi", "--plan", "x.txt"], { env: home() })).code).toBe(2);
    expect((await runCli(["run", "hi", "--profile", "chatty"], { env: home() })).code).toBe(2);
  });
});

describe("tinyagent bench planner", () => {
  it("measures a cold and a warm request, the warm one reusing the evaluated system prompt", async () => {
    const run = await runCli(["bench", "planner", "--model", modelPath, "--threads", "1", "--json"], {
      env: home(),
    });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.profile).toBe("tinyagent");
    expect(result.promptTokens).toBeGreaterThan(1000);
    expect(result.warm.stats.evaluatedPromptTokens).toBeLessThan(result.warm.stats.promptTokens / 10);
    expect(result.peakRssMb).toBeGreaterThan(0);
  });
});
