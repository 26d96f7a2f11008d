import { z } from "zod";
import type { ApprovalPolicy } from "../executor/index.js";
import type { PromptProfile } from "../prompt/index.js";
import { DEFAULT_MIN_TOOLS, DEFAULT_REQUIRED_THRESHOLD, DEFAULT_TOOL_THRESHOLD } from "../toolrag/index.js";
import { APP_GROUPS, type AppGroup } from "../tools/index.js";

const POLICIES = ["ask-for-writes", "ask-always", "never-ask"] as const satisfies readonly ApprovalPolicy[];
const PROFILES = ["tinyagent", "compact"] as const satisfies readonly PromptProfile[];

/** Fails to compile when `All` has a member `Listed` lacks: a new policy or profile must be added here. */
type Covers<Listed, All extends Listed> = All;
export type SettingsPolicy = Covers<(typeof POLICIES)[number], ApprovalPolicy>;
export type SettingsProfile = Covers<(typeof PROFILES)[number], PromptProfile>;

/** One switch per app of the reference's Preferences (spec §1.1); every app is on by default. */
const enabledAppsSchema = z
  .object(
    Object.fromEntries(APP_GROUPS.map((app) => [app, z.boolean().default(true)])) as Record<
      AppGroup,
      z.ZodDefault<z.ZodBoolean>
    >,
  )
  .prefault({});

/** An OpenAI-compatible server (llama.cpp's server, LM Studio, Ollama, vLLM). */
const serverSchema = z.object({
  /** The API root, e.g. `http://127.0.0.1:8080/v1`. */
  baseUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  /** The model name the server expects in requests. */
  model: z.string().trim().min(1, "must not be empty"),
  /** Sent as a Bearer token; `null` for servers that need none. */
  apiKey: z.string().min(1, "must not be empty (use null for none)").nullable().default(null),
});

const plannerSchema = z
  .object({
    backend: z.enum(["llama-cpp", "openai-compatible"]).default("llama-cpp"),
    server: serverSchema.nullable().default(null),
  })
  .prefault({})
  .check((context) => {
    if (context.value.backend === "openai-compatible" && context.value.server === null) {
      context.issues.push({
        code: "custom",
        path: ["server"],
        message: 'required when backend is "openai-compatible" (set baseUrl and model)',
        input: context.value,
      });
    }
  });

/**
 * Everything the user can choose, as stored in `settings.json` (DESIGN.md §6, issue 4). Every field has
 * a default, so `{}` (or a file holding only the fields the user changed) parses to complete settings;
 * `null` always means "let the runtime decide":
 * - `model`: a catalog name from models.json or a path to a GGUF file; `null` = the embedded default model.
 * - `profile`: the prompt profile; `null` = the one the model's catalog entry names.
 * - `threads`, `gpuLayers`, `contextSize`: llama.cpp runtime knobs; `null` = node-llama-cpp's choice
 *   (all cores; Metal offload on Apple silicon; the planner's default context).
 * - `policy`: when plans need approval; `ask-for-writes` by default.
 * - `enabledApps`: the nine app groups; a disabled app's tools are left out of prompt, grammar and parser.
 * - `customInstructions`: one extra rule for the planner prompt (spec §4: `" - <text>"`); empty = none.
 * - `toolRag`: whether the tool classifier narrows the prompt's tools; `toolRagThreshold`: the
 *   probability a tool must beat to be selected; `toolRagMinTools`: runners-up that fill a
 *   selection up to this many tools (see `selectTools`); `toolRagRequiredThreshold`: a selected
 *   tool scored above this must be called by the plan (1 = never).
 * - `planner`: the in-process `llama-cpp` runtime, or an `openai-compatible` server (then `server` is
 *   required; `null` otherwise).
 * Unknown keys are stripped; `parseSettings` reports them.
 */
export const settingsSchema = z.object({
  model: z
    .string()
    .trim()
    .min(1, "must not be empty (use null for the embedded default)")
    .nullable()
    .default(null),
  profile: z.enum(PROFILES).nullable().default(null),
  threads: z.int().positive().nullable().default(null),
  gpuLayers: z
    .union([z.int().nonnegative(), z.literal("auto")], {
      error: 'must be a number of layers (0 or more), "auto" or null',
    })
    .nullable()
    .default(null),
  contextSize: z.int().min(512, "must be at least 512 tokens").nullable().default(null),
  policy: z.enum(POLICIES).default("ask-for-writes"),
  enabledApps: enabledAppsSchema,
  customInstructions: z.string().default(""),
  toolRag: z.boolean().default(true),
  toolRagThreshold: z
    .number()
    .gt(0, "must be a probability between 0 and 1")
    .lt(1, "must be a probability between 0 and 1")
    .default(DEFAULT_TOOL_THRESHOLD),
  toolRagMinTools: z
    .int()
    .min(0, "must be 0 or more")
    .max(16, "must be at most 16 (there are 16 built-in tools)")
    .default(DEFAULT_MIN_TOOLS),
  toolRagRequiredThreshold: z
    .number()
    .gt(0, "must be a probability above 0, or 1 for never")
    .max(1, "must be a probability above 0, or 1 for never")
    .default(DEFAULT_REQUIRED_THRESHOLD),
  planner: plannerSchema,
});

/** Complete, validated settings. */
export type Settings = z.output<typeof settingsSchema>;

/** What a settings file or an update may hold: any subset of the fields, nested objects partially. */
export type SettingsInput = z.input<typeof settingsSchema>;

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;

/** A change to some settings: any fields at any depth (`{ enabledApps: { mail: false } }`). */
export type SettingsPatch = DeepPartial<SettingsInput>;

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(settingsSchema.parse({}));
