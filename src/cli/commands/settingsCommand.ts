import { describeIssues, mergeSettings, type Settings, type SettingsPatch } from "../../agent/index.js";
import { SettingsFile, type SettingsWarning } from "../../agent/node/index.js";
import { APP_GROUPS } from "../../tools/index.js";
import type { CliIo } from "../CliIo.js";
import type { Command } from "../Command.js";
import { parseOptions } from "../parseOptions.js";
import { UsageError } from "../UsageError.js";

/** The keys `settings set` takes, in `settings show` order; `apps.X` stands for `enabledApps.X`. */
const KEYS: readonly string[] = [
  "model",
  "profile",
  "threads",
  "gpuLayers",
  "contextSize",
  "policy",
  "customInstructions",
  "toolRag",
  "toolRagThreshold",
  "toolRagMinTools",
  "toolRagRequiredThreshold",
  ...APP_GROUPS.map((app) => `apps.${app}`),
  "planner.backend",
  "planner.server",
  "planner.server.baseUrl",
  "planner.server.model",
  "planner.server.apiKey",
];

/** What `null` means for each nullable key, as `settings show` prints it. */
const NULL_MEANS: Readonly<Record<string, string>> = {
  model: "(embedded default model)",
  profile: "(the model's own profile)",
  threads: "(runtime default)",
  gpuLayers: "(runtime default: Metal on Apple silicon)",
  contextSize: "(runtime default)",
  "planner.server": "(none)",
  "planner.server.apiKey": "(none)",
};

const USAGE = `Usage:
  tinyagent settings show [--json]    print the settings (defaults where the file says nothing)
  tinyagent settings path             print where the settings file is
  tinyagent settings set KEY VALUE    change one setting; an invalid value changes nothing
  tinyagent settings reset            write the default settings

Keys:
  model                  catalog name (tinyagent models list) or path to a .gguf; null = embedded default
  profile                tinyagent | compact | null (the model's own)
  threads                CPU threads, or null for the runtime's default
  gpuLayers              layers on the GPU: a number, auto, or null
  contextSize            context tokens (>= 512), or null
  policy                 ask-for-writes (default) | ask-always | never-ask
  customInstructions     one extra rule for the planner, e.g. "Always cc Nick in emails"
  toolRag                true | false: let the tool classifier narrow the prompt
  toolRagThreshold       a tool is offered when its probability is above this (0 to 1)
  toolRagMinTools        when some tool passes, the next best fill the selection to this many
  toolRagRequiredThreshold
                         a selected tool scored above this must be in the plan (1 = never)
  apps.APP               true | false for ${APP_GROUPS.join(", ")}
  planner.backend        llama-cpp | openai-compatible (needs planner.server)
  planner.server         JSON, e.g. '{"baseUrl":"http://127.0.0.1:8080/v1","model":"qwen2.5"}'
  planner.server.baseUrl, planner.server.model, planner.server.apiKey

VALUE is read as JSON when it is JSON (4, false, null, "text", {...}) and as plain text otherwise.
The file is <data folder>/settings.json ($TINYAGENT_HOME, or the per-user application-data folder).
`;

export const settingsCommand: Command = {
  name: "settings",
  summary: "show or change the model, policy, enabled apps and other settings",
  usage: USAGE,
  async run(args, io) {
    const [subcommand, ...rest] = args;
    const file = new SettingsFile({ env: io.env });
    if (subcommand === "show") {
      const { values, positionals } = parseOptions(
        rest,
        { json: { type: "boolean", default: false } },
        USAGE,
      );
      if (positionals.length === 0) return show(file, values.json, io);
    }
    if (subcommand === "path" && rest.length === 0) {
      io.stdout.write(`${file.path}\n`);
      return 0;
    }
    // No option parsing for set: a value such as "-1" must reach the schema, not util.parseArgs.
    const [key, value] = rest;
    if (subcommand === "set" && key !== undefined && value !== undefined && rest.length === 2) {
      return set(file, key, value, io);
    }
    if (subcommand === "reset" && rest.length === 0) {
      await file.reset();
      io.stdout.write(`Settings reset to the defaults (${file.path}).\n`);
      return 0;
    }
    throw new UsageError(USAGE);
  },
};

async function show(file: SettingsFile, json: boolean, io: CliIo): Promise<number> {
  const { settings, warnings } = await file.load();
  printWarnings(warnings, io);
  if (json) {
    io.stdout.write(`${JSON.stringify(settings, null, 2)}\n`);
    return 0;
  }
  const note = (await file.exists()) ? "" : " (not created yet: these are the defaults)";
  const width = Math.max(...KEYS.map((key) => key.length));
  const lines = KEYS.filter((key) => key === "planner.server" || !key.startsWith("planner.server."))
    .flatMap((key) => (key === "planner.server" ? serverKeys(settings) : [key]))
    .map((key) => `${key.padEnd(width)}  ${display(key, valueAt(settings, key))}`);
  io.stdout.write(`Settings file: ${file.path}${note}\n\n${lines.join("\n")}\n`);
  return 0;
}

async function set(file: SettingsFile, key: string, text: string, io: CliIo): Promise<number> {
  if (!KEYS.includes(key)) {
    throw new UsageError(`Unknown setting "${key}". Settings are: ${KEYS.join(", ")}.`);
  }
  const { settings, warnings } = await file.load();
  printWarnings(warnings, io);
  // "4" should be a number for threads but text for customInstructions: try JSON first, then text.
  const candidates = [...parsedJson(text), text];
  const results = candidates.map((candidate) => mergeSettings(settings, patchFor(key, candidate)));
  const accepted = results.find((result) => result.ok);
  if (!accepted?.ok) {
    const first = results[0];
    const reason = first && !first.ok ? describeIssues(first.issues) : "invalid value";
    throw new UsageError(`Cannot set ${key} to ${JSON.stringify(text)}: ${reason}. Nothing was changed.`);
  }
  const saved = await file.save(accepted.settings);
  io.stdout.write(`${key} = ${display(key, valueAt(saved, key))}\n`);
  return 0;
}

function parsedJson(text: string): unknown[] {
  try {
    return [JSON.parse(text)];
  } catch {
    return [];
  }
}

function settingsPath(key: string): string[] {
  const [head, ...tail] = key.split(".");
  return head === "apps" ? ["enabledApps", ...tail] : [head as string, ...tail];
}

function patchFor(key: string, value: unknown): SettingsPatch {
  return settingsPath(key).reduceRight<unknown>(
    (inner, segment) => ({ [segment]: inner }),
    value,
  ) as SettingsPatch;
}

function valueAt(settings: Settings, key: string): unknown {
  return settingsPath(key).reduce<unknown>(
    (node, segment) =>
      typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined,
    settings,
  );
}

function serverKeys(settings: Settings): string[] {
  return settings.planner.server === null
    ? ["planner.server"]
    : ["planner.server.baseUrl", "planner.server.model", "planner.server.apiKey"];
}

function display(key: string, value: unknown): string {
  if (value === null) return NULL_MEANS[key] ?? "null";
  // The key is a secret: show that one is set, never the key itself (show output gets pasted into issues).
  if (key === "planner.server.apiKey") return "(set)";
  if (key === "customInstructions" || value === "") return JSON.stringify(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}

function printWarnings(warnings: readonly SettingsWarning[], io: CliIo): void {
  for (const warning of warnings) io.stderr.write(`tinyagent: warning: ${warning.message}\n`);
}
