import { describe, expect, it } from "vitest";
import { needsApproval } from "../executor/index.js";
import { APP_GROUPS, BUILTIN_TOOL_NAMES, ToolRegistry } from "../tools/index.js";
import { enabledToolNames } from "./enabledToolNames.js";
import { mergeSettings } from "./mergeSettings.js";
import { describeIssues, parseSettings } from "./parseSettings.js";
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from "./settingsSchema.js";

function valid(value: unknown): Settings {
  const result = parseSettings(value);
  if (!result.ok) throw new Error(describeIssues(result.issues));
  return result.settings;
}

function issuesOf(value: unknown): string[] {
  const result = parseSettings(value);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe("settingsSchema", () => {
  it("has a default for every field", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      model: null,
      profile: null,
      threads: null,
      gpuLayers: null,
      contextSize: null,
      policy: "ask-for-writes",
      enabledApps: Object.fromEntries(APP_GROUPS.map((app) => [app, true])),
      customInstructions: "",
      toolRag: true,
      toolRagThreshold: 0.5,
      toolRagMinTools: 0,
      toolRagRequiredThreshold: 0.995,
      planner: { backend: "llama-cpp", server: null },
    });
    expect(Object.keys(DEFAULT_SETTINGS.enabledApps)).toHaveLength(9);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(settingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  it("fills the fields a partial value leaves out, at every depth", () => {
    const settings = valid({ threads: 4, enabledApps: { mail: false }, planner: {} });
    expect(settings.threads).toBe(4);
    expect(settings.enabledApps).toEqual({ ...DEFAULT_SETTINGS.enabledApps, mail: false });
    expect(settings.planner).toEqual(DEFAULT_SETTINGS.planner);
    expect(settings.policy).toBe("ask-for-writes");
  });

  it("accepts every approval policy the executor knows", () => {
    for (const policy of ["ask-for-writes", "ask-always", "never-ask"] as const) {
      const settings = valid({ policy });
      expect(typeof needsApproval(settings.policy, "write")).toBe("boolean");
    }
  });

  it("accepts a catalog name or a GGUF path as the model, null for the embedded default", () => {
    expect(valid({ model: "TinyAgent-1.1B" }).model).toBe("TinyAgent-1.1B");
    expect(valid({ model: " /Users/me/models/tiny.gguf " }).model).toBe("/Users/me/models/tiny.gguf");
    expect(valid({ model: null }).model).toBeNull();
    expect(issuesOf({ model: "  " })).toEqual([
      "model: must not be empty (use null for the embedded default)",
    ]);
  });

  it("accepts runtime knobs in their ranges only", () => {
    expect(valid({ gpuLayers: "auto", threads: 1, contextSize: 512 })).toMatchObject({
      gpuLayers: "auto",
      threads: 1,
      contextSize: 512,
    });
    expect(valid({ gpuLayers: 0 }).gpuLayers).toBe(0);
    expect(issuesOf({ threads: 0, gpuLayers: "max", contextSize: 100, profile: "chatml" })).toEqual([
      'profile: Invalid option: expected one of "tinyagent"|"compact"',
      "threads: Too small: expected number to be >0",
      'gpuLayers: must be a number of layers (0 or more), "auto" or null',
      "contextSize: must be at least 512 tokens",
    ]);
    expect(issuesOf({ gpuLayers: -1 })).toEqual(["gpuLayers: Too small: expected number to be >=0"]);
    expect(issuesOf({ threads: 2.5 })).toEqual(["threads: Invalid input: expected int, received number"]);
  });

  it("takes a ToolRAG threshold strictly between 0 and 1 and a tool count from 0 to 16", () => {
    expect(valid({ toolRagThreshold: 0.2, toolRagMinTools: 3 })).toMatchObject({
      toolRagThreshold: 0.2,
      toolRagMinTools: 3,
    });
    expect(issuesOf({ toolRagThreshold: 1, toolRagMinTools: 17 })).toEqual([
      "toolRagThreshold: must be a probability between 0 and 1",
      "toolRagMinTools: must be at most 16 (there are 16 built-in tools)",
    ]);
    expect(issuesOf({ toolRagThreshold: 0, toolRagMinTools: -1 })).toEqual([
      "toolRagThreshold: must be a probability between 0 and 1",
      "toolRagMinTools: must be 0 or more",
    ]);
  });

  it("takes a required-tool threshold above 0 and at most 1 (1: never)", () => {
    expect(valid({ toolRagRequiredThreshold: 1 })).toMatchObject({ toolRagRequiredThreshold: 1 });
    expect(issuesOf({ toolRagRequiredThreshold: 0 })).toEqual([
      "toolRagRequiredThreshold: must be a probability above 0, or 1 for never",
    ]);
    expect(issuesOf({ toolRagRequiredThreshold: 1.01 })).toEqual([
      "toolRagRequiredThreshold: must be a probability above 0, or 1 for never",
    ]);
  });

  it("reports every invalid field with its dotted path", () => {
    expect(issuesOf({ policy: "sometimes", enabledApps: { mail: "no" }, toolRag: "yes" })).toEqual([
      'policy: Invalid option: expected one of "ask-for-writes"|"ask-always"|"never-ask"',
      "enabledApps.mail: Invalid input: expected boolean, received string",
      "toolRag: Invalid input: expected boolean, received string",
    ]);
    expect(issuesOf([])).toEqual(["(root): Invalid input: expected object, received array"]);
  });

  it("needs a server for the OpenAI-compatible backend, with an http(s) URL", () => {
    expect(issuesOf({ planner: { backend: "openai-compatible" } })).toEqual([
      'planner.server: required when backend is "openai-compatible" (set baseUrl and model)',
    ]);
    const server = { baseUrl: "http://127.0.0.1:8080/v1", model: "qwen2.5" };
    expect(valid({ planner: { backend: "openai-compatible", server } }).planner).toEqual({
      backend: "openai-compatible",
      server: { ...server, apiKey: null },
    });
    expect(issuesOf({ planner: { server: { ...server, baseUrl: "file:///etc/passwd" } } })).toEqual([
      "planner.server.baseUrl: must be an http(s) URL",
    ]);
    expect(issuesOf({ planner: { server: { baseUrl: server.baseUrl } } })).toEqual([
      "planner.server.model: Invalid input: expected string, received undefined",
    ]);
  });

  it("strips unknown keys and names each of them", () => {
    const result = parseSettings({
      polcy: "never-ask",
      enabledApps: { mial: false },
      planner: { backend: "llama-cpp", extra: 1 },
      threads: 2,
    });
    expect(result).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, threads: 2 },
      unknownKeys: ["polcy", "enabledApps.mial", "planner.extra"],
    });
  });
});

describe("mergeSettings", () => {
  it("merges nested objects field by field and replaces other values, null included", () => {
    const base = valid({ threads: 4, enabledApps: { zoom: false } });
    const result = mergeSettings(base, { enabledApps: { mail: false }, threads: null, policy: undefined });
    expect(result.ok && result.settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabledApps: { ...DEFAULT_SETTINGS.enabledApps, zoom: false, mail: false },
    });
    expect(base.threads).toBe(4);
    expect(base.enabledApps.mail).toBe(true);
  });

  it("returns the issues of an invalid result", () => {
    const result = mergeSettings(DEFAULT_SETTINGS, { policy: "sometimes" as never });
    expect(result.ok).toBe(false);
  });
});

describe("enabledToolNames", () => {
  it("keeps every tool when every app is enabled, in prompt order", () => {
    const registry = new ToolRegistry();
    expect(enabledToolNames(DEFAULT_SETTINGS, registry)).toEqual(registry.names());
    expect(enabledToolNames(DEFAULT_SETTINGS, registry)).toHaveLength(BUILTIN_TOOL_NAMES.length);
  });

  it("leaves out the tools of disabled apps and keeps custom tools", () => {
    const registry = new ToolRegistry();
    registry.register({
      name: "get_weather",
      app: "weather",
      params: [{ name: "city", type: "str", nullable: false, kind: "location" }],
      bullets: ["Returns the weather."],
      risk: "read",
      handler: async () => "sunny",
    });
    const settings = valid({ enabledApps: { mail: false, sms: false, contacts: false } });
    const names = enabledToolNames(settings, registry);
    for (const gone of [
      "compose_new_email",
      "reply_to_email",
      "forward_email",
      "send_sms",
      "get_phone_number",
      "get_email_address",
    ]) {
      expect(names).not.toContain(gone);
    }
    expect(names).toContain("create_calendar_event");
    expect(names.at(-1)).toBe("get_weather");
    expect(names).toHaveLength(BUILTIN_TOOL_NAMES.length - 6 + 1);
  });
});
