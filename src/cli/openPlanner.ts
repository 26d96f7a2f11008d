import { stat } from "node:fs/promises";
import path from "node:path";
import type { Settings } from "../agent/index.js";
import { TinyAgentError } from "../base/index.js";
import { dataHome } from "../base/node/index.js";
import type { Planner } from "../planner/index.js";
import { findModel, type ModelEntry } from "../planner/models/index.js";
import { LlamaCppPlanner } from "../planner/node/LlamaCppPlanner.js";
import { modelPath } from "../planner/node/modelPath.js";
import { OpenAICompatiblePlanner } from "../planner/node/OpenAICompatiblePlanner.js";
import type { PromptProfile } from "../prompt/index.js";
import type { CliIo } from "./CliIo.js";
import { readModelCatalog } from "./readModelCatalog.js";
import { UsageError } from "./UsageError.js";

/** The context window when neither the settings nor the catalog name one. */
export const DEFAULT_CONTEXT_SIZE = 8192;

/** A model file and how to run it. */
export interface ResolvedModel {
  readonly path: string;
  readonly profile: PromptProfile;
  /** The catalog entry, when the model was named rather than given by path. */
  readonly entry?: ModelEntry;
  readonly contextSize?: number;
  /** The catalog's recommended CPU threads (a tiny model decodes fastest on one). */
  readonly threads?: number;
}

/** A ready planner, what it is, and the prompt profile it expects. The caller disposes it. */
export interface OpenedPlanner {
  readonly planner: Planner;
  readonly profile: PromptProfile;
  /** For messages: the model file name or the server's model. */
  readonly label: string;
  /** Whether the model was trained as the reference's joiner (the TinyAgent models are). */
  readonly trainedJoiner: boolean;
}

export interface OpenPlannerOptions {
  /** `--model NAME|PATH`; wins over the settings. */
  readonly model?: string;
  readonly profile?: PromptProfile;
  readonly threads?: number;
  readonly contextSize?: number;
  readonly settings: Settings;
}

/**
 * Opens the planner a command runs with: an OpenAI-compatible server when the settings choose one
 * (and no `--model` overrides it), else a GGUF through node-llama-cpp: `--model`, else the settings'
 * model, else the embedded default model of `models/models.json`.
 */
export async function openPlanner(io: CliIo, options: OpenPlannerOptions): Promise<OpenedPlanner> {
  const { settings } = options;
  const server = settings.planner.server;
  if (options.model === undefined && settings.planner.backend === "openai-compatible" && server) {
    return {
      planner: new OpenAICompatiblePlanner({
        baseUrl: server.baseUrl,
        model: server.model,
        ...(server.apiKey === null ? {} : { apiKey: server.apiKey }),
      }),
      profile: options.profile ?? settings.profile ?? "tinyagent",
      label: `${server.model} at ${server.baseUrl}`,
      trainedJoiner: false,
    };
  }
  const model = await resolveModel(options.model ?? settings.model ?? undefined, io);
  const threads = options.threads ?? settings.threads ?? model.threads;
  const gpuLayers = settings.gpuLayers ?? undefined;
  const planner = await LlamaCppPlanner.load({
    modelPath: model.path,
    contextSize: options.contextSize ?? settings.contextSize ?? model.contextSize ?? DEFAULT_CONTEXT_SIZE,
    signal: io.signal,
    ...(threads === undefined ? {} : { threads }),
    ...(gpuLayers === undefined ? {} : { gpuLayers }),
  });
  const profile = options.profile ?? settings.profile ?? model.profile;
  return { planner, profile, label: path.basename(model.path), trainedJoiner: profile === "tinyagent" };
}

/**
 * A model given as a file path (when such a file exists, or the value looks like a path), else as
 * a catalog name, installed in the models folder or embedded in the package; without a value, the
 * catalog's embedded default planner. Errors say how to get the model.
 */
export async function resolveModel(value: string | undefined, io: CliIo): Promise<ResolvedModel> {
  const { catalog, embeddedDir } = await readModelCatalog();
  if (value === undefined) {
    const embedded = catalog.models.find((model) => model.embedded === true && model.kind === "planner");
    if (!embedded) {
      throw new UsageError(
        "No planner model is set up: pass --model PATH (a GGUF file) or NAME (see `tinyagent models list`).",
      );
    }
    value = embedded.name;
  }
  const looksLikePath = /[/\\]/.test(value) || value.toLowerCase().endsWith(".gguf");
  if (looksLikePath || (await isFile(value))) {
    if (!(await isFile(value)))
      throw new TinyAgentError("cli/model", `No model file at ${path.resolve(value)}.`);
    return { path: value, profile: "tinyagent" };
  }
  const entry = findModel(catalog, value);
  if (entry === undefined) {
    const names = catalog.models.map((model) => model.name).join(", ");
    throw new UsageError(`--model "${value}" is neither a file nor a known model (${names}).`);
  }
  const file = modelPath(entry, path.resolve(dataHome(io.env), "models"), { embeddedDir });
  if (!(await isFile(file))) {
    throw new TinyAgentError(
      "cli/model",
      `${entry.name} is not downloaded yet: run \`tinyagent models pull ${entry.name}\`, or place the file at ${file}.`,
    );
  }
  const { contextSize, threads } = entry.recommended ?? {};
  return {
    path: file,
    profile: entry.profile,
    entry,
    ...(contextSize === undefined ? {} : { contextSize }),
    ...(threads === undefined ? {} : { threads }),
  };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
