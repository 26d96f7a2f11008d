import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/runCli.js";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/prompts/${name}`, import.meta.url), "utf8");

describe("tinyagent prompt", () => {
  it("prints the reference planner prompt byte for byte", async () => {
    const { code, stdout } = await runCli(["prompt", "--kind", "planner", "--now", "2024-05-24T14:05"]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      fixture("planner-all-tools.txt").replace(
        "<%A %Y-%m-%d %H:%M, e.g. Friday 2024-05-24 14:05>",
        "Friday 2024-05-24 14:05",
      ),
    );
  });

  it("prints the joiner prompts exactly", async () => {
    expect((await runCli(["prompt", "--kind", "joiner"])).stdout).toBe(fixture("joiner.txt"));
    expect((await runCli(["prompt", "--kind", "joiner-final"])).stdout).toBe(fixture("joiner-final.txt"));
  });

  it("builds the replan prompt from the same prefix and the reference tail", async () => {
    const { stdout } = await runCli(["prompt", "--kind", "replan", "--now", "2024-05-24T14:05"]);
    expect(stdout.endsWith(fixture("replan-tail.txt"))).toBe(true);
  });

  it("numbers a subset and adds a custom instruction", async () => {
    const { stdout } = await runCli([
      "prompt",
      "--tools",
      "send_sms,get_phone_number",
      "--now",
      "2024-05-24T14:05",
      "--instructions",
      "Always sign messages with -S",
    ]);
    expect(stdout).toContain("from the following 3 types:\n1. get_phone_number(");
    expect(stdout).toContain("\n2. send_sms(");
    expect(stdout).toContain("\n3. join():");
    expect(stdout).toContain(" - Always sign messages with -S\n\nHere are some examples:");
  });

  it("rejects unknown tools and malformed dates with a usage error", async () => {
    const tools = await runCli(["prompt", "--tools", "send_sms,teleport"]);
    expect(tools.code).toBe(2);
    expect(tools.stderr).toContain("Unknown tool(s): teleport");
    const now = await runCli(["prompt", "--now", "next tuesday"]);
    expect(now.code).toBe(2);
    expect(now.stderr).toContain("--now must be a local time");
  });
});

describe("tinyagent plan", () => {
  const plan =
    '1. get_phone_number("Sid")\n2. send_sms(["$1"], "Running late")\nThought: Sent.\n3. join()<END_OF_PLAN>';

  it("parses a plan from stdin to JSON", async () => {
    const { code, stdout } = await runCli(["plan", "parse", "-", "--json"], { stdin: plan });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      tasks: [
        { idx: 1, tool: "get_phone_number", args: ["Sid"], deps: [], thought: null },
        { idx: 2, tool: "send_sms", args: [["$1"], "Running late"], deps: [1], thought: null },
        { idx: 3, tool: "join", args: [], deps: [1, 2], thought: "Sent." },
      ],
      problems: [],
    });
  });

  it("reports every problem with its line and exits 1", async () => {
    const { code, stdout } = await runCli(["plan", "parse", "--json"], {
      stdin: '1. get_phone_numbr("Sid")\n3. send_sms(["$1"])\n',
    });
    expect(code).toBe(1);
    const { problems } = JSON.parse(stdout) as { problems: { line: number; message: string }[] };
    expect(problems.map((problem) => problem.line)).toEqual([1, 2, 2, 2, 0]);
    expect(problems.map((problem) => problem.message).join("\n")).toMatch(/unknown tool "get_phone_numbr"/);
  });

  it("prints a grammar for a subset", async () => {
    const { code, stdout } = await runCli([
      "plan",
      "grammar",
      "--tools",
      "get_phone_number",
      "--max-steps",
      "2",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('"get_phone_number("');
    expect(stdout).not.toContain("send_sms");
  });

  it("scores a prediction against a gold plan", async () => {
    const directory = mkdtempSync(join(tmpdir(), "tinyagent-score-"));
    const pred = join(directory, "pred.txt");
    const gold = join(directory, "gold.txt");
    writeFileSync(pred, plan.replace('"Sid"', '"Sam"'));
    writeFileSync(gold, plan);
    const { code, stdout } = await runCli(["plan", "score", "--pred", pred, "--gold", gold, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      success: 1,
      strictSuccess: 0,
      malformed: false,
      toolRecall: 1,
      toolPrecision: 1,
    });
  });

  it("explains a missing file in one line", async () => {
    const { code, stderr } = await runCli([
      "plan",
      "score",
      "--pred",
      "/nonexistent/a",
      "--gold",
      "/nonexistent/b",
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^tinyagent: ENOENT/);
  });
});
