import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../src/agent/index.js";
import { runCli } from "./support/runCli.js";

describe("tinyagent settings", () => {
  let home: string;
  let path: string;
  const cli = (...args: string[]) => runCli(["settings", ...args], { env: { TINYAGENT_HOME: home } });
  const stored = async () => JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), "tinyagent-cli-settings-"));
    path = join(home, "settings.json");
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it("is listed in --help", async () => {
    expect((await runCli(["--help"])).stdout).toMatch(/\n {2}settings +show or change/);
  });

  it("prints where the file is", async () => {
    expect(await cli("path")).toEqual({ code: 0, stdout: `${path}\n`, stderr: "" });
  });

  it("shows the defaults before there is a file, without creating one", async () => {
    const { code, stdout, stderr } = await cli("show");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain(`Settings file: ${path} (not created yet: these are the defaults)\n\n`);
    expect(stdout).toMatch(/\nmodel +\(embedded default model\)\n/);
    expect(stdout).toMatch(/\npolicy +ask-for-writes\n/);
    expect(stdout).toMatch(/\ncustomInstructions +""\n/);
    expect(stdout).toMatch(/\napps\.mail +true\n/);
    expect(stdout).toMatch(/\nplanner\.server +\(none\)\n$/);
    expect(JSON.parse((await cli("show", "--json")).stdout)).toEqual(DEFAULT_SETTINGS);
    expect(await readdir(home)).toEqual([]);
  });

  it("sets numbers, booleans, null and text by key", async () => {
    expect(await cli("set", "threads", "4")).toEqual({ code: 0, stdout: "threads = 4\n", stderr: "" });
    expect((await cli("set", "apps.mail", "false")).stdout).toBe("apps.mail = false\n");
    expect((await cli("set", "policy", "never-ask")).code).toBe(0);
    expect((await cli("set", "gpuLayers", "auto")).code).toBe(0);
    expect((await cli("set", "customInstructions", "Always cc Nick and Sid in all emails.")).code).toBe(0);
    expect((await cli("set", "model", "/Users/me/models/TinyAgent-1.1B-Q4_K_M.gguf")).code).toBe(0);
    expect(await stored()).toEqual({
      ...DEFAULT_SETTINGS,
      threads: 4,
      policy: "never-ask",
      gpuLayers: "auto",
      customInstructions: "Always cc Nick and Sid in all emails.",
      model: "/Users/me/models/TinyAgent-1.1B-Q4_K_M.gguf",
      enabledApps: { ...DEFAULT_SETTINGS.enabledApps, mail: false },
    });
    expect((await cli("set", "model", "null")).stdout).toBe("model = (embedded default model)\n");
    // JSON-looking text still works where the setting is text.
    expect((await cli("set", "customInstructions", "123")).stdout).toBe('customInstructions = "123"\n');
    expect(await stored()).toMatchObject({ model: null, customInstructions: "123" });
  });

  it("rejects a bad value with zod's message and changes nothing", async () => {
    await cli("set", "threads", "2");
    const before = await readFile(path, "utf8");
    const policy = await cli("set", "policy", "sometimes");
    expect(policy.code).toBe(2);
    expect(policy.stderr).toBe(
      'tinyagent: Cannot set policy to "sometimes": policy: Invalid option: expected one of ' +
        '"ask-for-writes"|"ask-always"|"never-ask". Nothing was changed.\n',
    );
    const threads = await cli("set", "threads", "-1");
    expect(threads.stderr).toContain("threads: Too small: expected number to be >0. Nothing was changed.");
    const apps = await cli("set", "apps.mail", "maybe");
    expect(apps.stderr).toContain("enabledApps.mail: Invalid input: expected boolean, received string");
    expect(await readFile(path, "utf8")).toBe(before);
  });

  it("rejects unknown keys and malformed command lines", async () => {
    const unknown = await cli("set", "polcy", "never-ask");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown setting "polcy". Settings are: model, profile, threads');
    expect((await cli("set", "threads")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
    expect((await cli("path", "--json")).code).toBe(2);
    expect(await readdir(home)).toEqual([]);
  });

  it("configures an OpenAI-compatible server and never prints its key", async () => {
    const early = await cli("set", "planner.backend", "openai-compatible");
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('planner.server: required when backend is "openai-compatible"');
    const server = '{"baseUrl":"http://127.0.0.1:8080/v1","model":"qwen2.5"}';
    expect((await cli("set", "planner.server", server)).code).toBe(0);
    expect((await cli("set", "planner.backend", "openai-compatible")).code).toBe(0);
    expect((await cli("set", "planner.server.apiKey", "sk-secret")).stdout).toBe(
      "planner.server.apiKey = (set)\n",
    );
    expect(await stored()).toMatchObject({
      planner: {
        backend: "openai-compatible",
        server: { baseUrl: "http://127.0.0.1:8080/v1", model: "qwen2.5", apiKey: "sk-secret" },
      },
    });
    const { stdout } = await cli("show");
    expect(stdout).toMatch(/\nplanner\.server\.baseUrl +http:\/\/127\.0\.0\.1:8080\/v1\n/);
    expect(stdout).not.toContain("sk-secret");
    const badUrl = await cli("set", "planner.server.baseUrl", "ftp://example.com");
    expect(badUrl.stderr).toContain("planner.server.baseUrl: must be an http(s) URL");
  });

  it("reports a corrupt file, keeps a backup and goes on with the defaults", async () => {
    await writeFile(path, '{"threads": 4,,}');
    const { code, stdout, stderr } = await cli("show", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(DEFAULT_SETTINGS);
    expect(stderr).toMatch(/^tinyagent: warning: The settings file .* could not be used: not valid JSON/);
    const backups = (await readdir(home)).filter((name) => name.startsWith("settings.json.corrupt-"));
    expect(backups).toHaveLength(1);
    expect(stderr).toContain(join(home, backups[0] as string));
    expect(await readFile(join(home, backups[0] as string), "utf8")).toBe('{"threads": 4,,}');
    expect((await cli("show")).stderr).toBe("");
  });

  it("resets to the defaults", async () => {
    await cli("set", "threads", "3");
    const reset = await cli("reset");
    expect(reset).toEqual({ code: 0, stdout: `Settings reset to the defaults (${path}).\n`, stderr: "" });
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
  });
});
