import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/runCli.js";
import { runInTerminal } from "./support/runInTerminal.js";

const REFERENCE_EXAMPLE = new URL("../examples/reference-example.txt", import.meta.url).pathname;

/** A fresh data folder per test, so each starts from the sandbox's seed. */
function home(): NodeJS.ProcessEnv {
  return { TINYAGENT_HOME: mkdtempSync(join(tmpdir(), "tinyagent-run-")) };
}

const events = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { type: string; [key: string]: unknown });

describe("tinyagent run --plan", () => {
  it("runs the reference Zoom example on the sandbox, and the event stays in its state", async () => {
    const env = home();
    const run = await runCli(["run", "--plan", REFERENCE_EXAMPLE, "--yes", "--json"], { env });
    expect(run.code).toBe(0);
    const types = events(run.stdout).map((event) => event.type);
    expect(types[0]).toBe("plan-token");
    expect(types.filter((type) => type === "task-end")).toHaveLength(3);
    expect(types.slice(-2)).toEqual(["answer", "run-end"]);
    const zoom = events(run.stdout).find((event) => event.type === "task-end" && event.idx === 2);
    const link = String(zoom?.observation);
    expect(link).toMatch(/^https:\/\/zoom\.us\/j\/\d+$/);

    const show = await runCli(["sandbox", "show", "calendar"], { env });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("2022-10-14 15:00–16:00  Apple Meeting");
    expect(show.stdout).toContain(`location: ${link}`);
  });

  it("without a terminal and without --yes, denies the steps that write and says how to approve", async () => {
    const env = home();
    const run = await runCli(["run", "--plan", REFERENCE_EXAMPLE], { env });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("rerun with --yes");
    // The read step ran while the plan waited; nothing was created.
    expect(run.stdout).toContain("✓ 1 get_email_address");
    expect((await runCli(["sandbox", "show", "calendar"], { env })).stdout).not.toContain("Apple Meeting");
  });

  it("asks y/N in a real terminal and runs the writes only on yes", async () => {
    const yes = await runInTerminal(["run", "--plan", REFERENCE_EXAMPLE], "y\n", home());
    expect(yes.output).toContain("Run these 2 steps? [y/N]");
    expect(yes.output).toContain("Approved.");
    expect(yes.code).toBe(0);
    const env = home();
    const no = await runInTerminal(["run", "--plan", REFERENCE_EXAMPLE], "n\n", env);
    expect(no.code).toBe(3);
    expect((await runCli(["sandbox", "show", "calendar"], { env })).stdout).not.toContain("Apple Meeting");
  });

  it("needs no approval under --policy never-ask, and reads the plan from stdin", async () => {
    const plan =
      '1. get_phone_number("zoe muller")\n2. send_sms(["$1"], "On my way")\n3. join()<END_OF_PLAN>\n';
    const env = home();
    const run = await runCli(["run", "--plan", "-", "--policy", "never-ask"], { env, stdin: plan });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("→ +4917012340002");
    expect((await runCli(["sandbox", "show", "messages"], { env })).stdout).toContain("On my way");
  });

  it("skips the dependents of a failed lookup and says why in the answer", async () => {
    const plan = '1. get_phone_number("Nobody")\n2. send_sms(["$1"], "hi")\n3. join()<END_OF_PLAN>\n';
    const run = await runCli(["run", "--plan", "-", "--yes", "--json"], { env: home(), stdin: plan });
    expect(run.code).toBe(0);
    const skip = events(run.stdout).find((event) => event.type === "task-skip");
    expect(skip?.reason).toBe(
      'Skipped: step 1 (get_phone_number "Nobody") failed: There is no contact named "Nobody".',
    );
    expect(events(run.stdout).find((event) => event.type === "answer")?.text).toContain(
      "didn't draft an SMS",
    );
  });

  it("reports an unknown tool as a plan issue and still answers", async () => {
    const plan = '1. get_weather("Paris")\n2. join()<END_OF_PLAN>\n';
    const run = await runCli(["run", "--plan", "-", "--json"], { env: home(), stdin: plan });
    const issue = events(run.stdout).find((event) => event.type === "plan-issue");
    expect(issue?.issue).toMatchObject({ line: 1, code: "plan/unknown-tool" });
    expect(run.code).toBe(0);
  });

  it("exits 130 with a one-line reason when cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    const run = await runCli(["run", "--plan", REFERENCE_EXAMPLE, "--yes"], {
      env: home(),
      signal: controller.signal,
    });
    expect(run.code).toBe(130);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("rejects an unknown backend or policy with usage exit code 2", async () => {
    expect(
      (await runCli(["run", "--plan", REFERENCE_EXAMPLE, "--backend", "cloud"], { env: home() })).code,
    ).toBe(2);
    const policy = await runCli(["run", "--plan", REFERENCE_EXAMPLE, "--policy", "sometimes"], {
      env: home(),
    });
    expect(policy.code).toBe(2);
    expect(policy.stderr).toContain("ask-for-writes");
  });
});

describe("tinyagent sandbox", () => {
  it("reset restores the seed after a run changed the state", async () => {
    const env = home();
    await runCli(["run", "--plan", REFERENCE_EXAMPLE, "--yes"], { env });
    const reset = await runCli(["sandbox", "reset"], { env });
    expect(reset.code).toBe(0);
    expect((await runCli(["sandbox", "show", "calendar"], { env })).stdout).not.toContain("Apple Meeting");
  });

  it("keeps its state as JSON in the data folder", async () => {
    const env = home();
    await runCli(["run", "--plan", REFERENCE_EXAMPLE, "--yes"], { env });
    const state = JSON.parse(readFileSync(join(String(env.TINYAGENT_HOME), "sandbox", "state.json"), "utf8"));
    expect(JSON.stringify(state)).toContain("Apple Meeting");
  });
});

describe("tinyagent bench exec", () => {
  it("times every benchmark plan both ways and reports the ratio", async () => {
    const run = await runCli(["bench", "exec", "--json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.rows).toHaveLength(5);
    for (const row of result.rows) expect(row.steps).toBeGreaterThan(2);
    expect(result.speedup).toBeCloseTo(result.sequentialMs / result.parallelMs, 6);
  });
});
