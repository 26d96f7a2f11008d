import { describe, expect, it } from "vitest";
import { runCli } from "./support/runCli.js";

describe("tinyagent prompt --profile compact", () => {
  it("prints the compact prompt with the times resolved against --now", async () => {
    const { code, stdout, stderr } = await runCli([
      "prompt",
      "--profile",
      "compact",
      "--query",
      "Invite Sid to lunch tomorrow at noon",
      "--now",
      "2024-05-24T14:05",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      "Date: Friday 2024-05-24 14:05\n" +
        "Time: tomorrow at noon = 2024-05-25 12:00:00 to 2024-05-25 13:00:00\n" +
        "Question: Invite Sid to lunch tomorrow at noon\n" +
        "Plan:\n",
    );
  });

  it("lists a --tools subset in registry order, as the tinyagent prompt numbers it", async () => {
    const { stdout } = await runCli([
      "prompt",
      "--profile",
      "compact",
      "--tools",
      "send_sms,get_phone_number",
      "--query",
      "Text Sid",
      "--now",
      "2024-05-24T14:05",
    ]);
    expect(stdout).toBe(
      "Date: Friday 2024-05-24 14:05\nTools: get_phone_number, send_sms\nQuestion: Text Sid\nPlan:\n",
    );
  });

  it("keeps the tinyagent profile the default", async () => {
    const now = ["--now", "2024-05-24T14:05"];
    const explicit = await runCli(["prompt", "--profile", "tinyagent", ...now]);
    const implicit = await runCli(["prompt", ...now]);
    expect(explicit.code).toBe(0);
    expect(explicit.stdout).toBe(implicit.stdout);
    expect(explicit.stdout).toContain("Today's date is Friday 2024-05-24 14:05");
  });

  it.each([
    [["--profile", "compact"], "--profile compact needs --query TEXT"],
    [["--profile", "compact", "--query", "x", "--kind", "joiner"], "has only the planner prompt"],
    [["--profile", "compact", "--query", "x", "--instructions", "be brief"], "tinyagent profile only"],
    [["--profile", "tiny"], '--profile must be tinyagent or compact, got "tiny"'],
  ])("rejects %j with a usage error", async (args, message) => {
    const { code, stderr } = await runCli(["prompt", ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
