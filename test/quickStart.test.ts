import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonEvents, runCli } from "./support/runCli.js";

/**
 * The README's first command, on nothing but the repository: the embedded planner and ToolRAG
 * classifier plan the request, and the plan runs on a fresh simulated Mac. This checks the shipped
 * models themselves, so a retrained model that no longer gets it right fails here.
 */
describe("quick start: the embedded models, out of the box", () => {
  it('plans "Text Sid that I\'m running 10 minutes late" as a lookup and an SMS, and drafts it', async () => {
    const home = mkdtempSync(join(tmpdir(), "tinyagent-quick-start-"));
    const run = await runCli(
      ["run", "Text Sid that I'm running 10 minutes late", "--threads", "1", "--yes", "--json"],
      { env: { TINYAGENT_HOME: home } },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const events = jsonEvents(run.stdout);
    const planned = events
      .filter((event) => event.type === "task-add")
      .map((event) => event.task as { tool: string; args: unknown[] })
      .map((task) => [task.tool, task.args]);
    expect(planned).toEqual([
      ["get_phone_number", ["Sid"]],
      ["send_sms", [["$1"], "I'm running 10 minutes late"]],
    ]);
    const started = events.filter((event) => event.type === "task-start").map((event) => event.args);
    expect(started).toEqual([["Sid"], [["+14155550101"], "I'm running 10 minutes late"]]);
    expect(events.at(-1)).toMatchObject({ type: "run-end", status: "completed" });
    // The classifier is sure of both tools, so a plan that left one out would have gone on with it.
    expect(events[0]).toMatchObject({ type: "tools-select", required: ["get_phone_number", "send_sms"] });

    const show = await runCli(["sandbox", "show", "messages"], { env: { TINYAGENT_HOME: home } });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("+14155550101");
    expect(show.stdout).toContain("I'm running 10 minutes late");
  });

  it("goes on with the tool ToolRAG is sure of when the plan would stop short of it", async () => {
    // The embedded planner alone answers this request with a bare join; the classifier is sure it
    // needs directions, so the plan goes on from line 1 with that call.
    const home = mkdtempSync(join(tmpdir(), "tinyagent-quick-start-"));
    const run = await runCli(
      ["run", "What's the best way to Nyhavn walking", "--threads", "1", "--yes", "--json"],
      { env: { TINYAGENT_HOME: home } },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const events = jsonEvents(run.stdout);
    expect(events[0]).toMatchObject({ type: "tools-select", required: ["maps_show_directions"] });
    const planned = events.filter((event) => event.type === "task-add").map((event) => event.task);
    expect(planned).toMatchObject([{ tool: "maps_show_directions", args: ["", "Nyhavn", "w"] }]);
    expect(events.at(-1)).toMatchObject({ type: "run-end", status: "completed" });

    const printed = await runCli(
      ["run", "What's the best way to Nyhavn walking", "--threads", "1", "--yes"],
      {
        env: { TINYAGENT_HOME: home },
      },
    );
    expect(printed.stdout).toMatch(
      /tools: maps_show_directions \(ToolRAG, [\d.]+ ms; the plan must use maps_show_directions\)/,
    );
    expect(printed.stdout).toContain("1. maps_show_directions('', 'Nyhavn', 'w')");
  });

  it("offers no tool for a request no tool can serve, and says so", async () => {
    const home = mkdtempSync(join(tmpdir(), "tinyagent-quick-start-"));
    const run = await runCli(["run", "Tell me a joke", "--threads", "1", "--yes", "--json"], {
      env: { TINYAGENT_HOME: home },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const events = jsonEvents(run.stdout);
    expect(events[0]).toMatchObject({ type: "tools-select", tools: [], fallback: false, noTool: true });
    expect(events.some((event) => event.type === "task-add")).toBe(false);
    expect(events.at(-1)).toMatchObject({ type: "run-end", status: "completed" });
  });
});
