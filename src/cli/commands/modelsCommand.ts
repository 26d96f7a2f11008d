import { rm, stat } from "node:fs/promises";
import path from "node:path";
import { isAbortError } from "../../base/index.js";
import { dataHome } from "../../base/node/index.js";
import { findModel, type ModelCatalog, type ModelEntry } from "../../planner/models/index.js";
import { downloadModel } from "../../planner/node/downloadModel.js";
import { modelPath } from "../../planner/node/modelPath.js";
import type { CliIo } from "../CliIo.js";
import type { Command } from "../Command.js";
import { formatSize } from "../formatSize.js";
import { parseOptions } from "../parseOptions.js";
import { progressReporter } from "../progressReporter.js";
import { readModelCatalog } from "../readModelCatalog.js";
import { UsageError } from "../UsageError.js";

const USAGE = `Usage:
  tinyagent models list [--json]
      Lists every known model: name, kind, prompt profile, size, licence, and whether it is
      installed (with its path). Embedded models ship with TinyAgent and need no download.
  tinyagent models pull NAME
      Downloads NAME into the models folder with progress, resuming an interrupted download and
      verifying the size and SHA-256 the catalog lists. Ctrl-C stops and keeps what arrived for
      the next pull.
  tinyagent models path [NAME]
      Prints where NAME's file is, or where to place it (exit 1 if it is not installed yet).
      Without NAME, prints the models folder.

Options:
  --catalog FILE   read FILE instead of the built-in models/models.json (for tests and custom
                   model lists; embedded paths are relative to FILE's folder)

Models are kept in <data folder>/models ($TINYAGENT_HOME, or the per-user application-data folder).
`;

/** Everything a subcommand needs: the catalog and where models go. */
interface Context {
  readonly io: CliIo;
  readonly catalog: ModelCatalog;
  readonly embeddedDir: string;
  readonly modelsDir: string;
}

/** What is on disk for one catalog entry. */
interface ModelState {
  readonly entry: ModelEntry;
  readonly path: string;
  /** Size of the installed file; undefined when it is not installed. */
  readonly installedBytes: number | undefined;
  /** Size of an unfinished `.part` download (0 when there is none). */
  readonly partialBytes: number;
}

async function sizeOf(filePath: string): Promise<number | undefined> {
  try {
    const info = await stat(filePath);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

async function stateOf(entry: ModelEntry, context: Context): Promise<ModelState> {
  const filePath = modelPath(entry, context.modelsDir, { embeddedDir: context.embeddedDir });
  const installedBytes = await sizeOf(filePath);
  const partialBytes = entry.embedded === true ? 0 : ((await sizeOf(`${filePath}.part`)) ?? 0);
  return { entry, path: filePath, installedBytes, partialBytes };
}

/** Exact size when the catalog or the installed file says it, else the catalog's estimate. */
function sizeText(state: ModelState): string | null {
  const exact = state.entry.sizeBytes ?? state.installedBytes;
  if (exact !== null && exact !== undefined) return formatSize(exact);
  const approximate = state.entry.embedded === true ? undefined : state.entry.approximateSizeBytes;
  return approximate === undefined ? null : `~${formatSize(approximate)}`;
}

function statusText(state: ModelState): string {
  const installed = state.installedBytes !== undefined;
  if (state.entry.embedded === true) {
    return installed ? `embedded  ${state.path}` : `embedded, missing from this copy: ${state.path}`;
  }
  if (installed) return `installed  ${state.path}`;
  if (state.partialBytes > 0) return `partly downloaded (${formatSize(state.partialBytes)}): pull to resume`;
  return "not installed";
}

function requireModel(catalog: ModelCatalog, name: string): ModelEntry {
  const entry = findModel(catalog, name);
  if (entry) return entry;
  const known = catalog.models.map((model) => model.name).join(", ") || "(the catalog is empty)";
  throw new UsageError(`Unknown model "${name}". Known models: ${known}.`);
}

function pullCommandFor(entry: ModelEntry): string {
  return `tinyagent models pull ${entry.name}`;
}

async function listSubcommand(context: Context, json: boolean): Promise<number> {
  const { io, catalog, modelsDir } = context;
  const states = await Promise.all(catalog.models.map((entry) => stateOf(entry, context)));
  if (json) {
    const models = states.map((state) => ({
      name: state.entry.name,
      kind: state.entry.kind,
      profile: state.entry.profile,
      description: state.entry.description,
      license: state.entry.license,
      embedded: state.entry.embedded === true,
      size: sizeText(state),
      sizeBytes: state.entry.sizeBytes ?? state.installedBytes ?? null,
      approximateSizeBytes:
        (state.entry.embedded === true ? undefined : state.entry.approximateSizeBytes) ?? null,
      sha256: state.entry.sha256 ?? null,
      url: state.entry.embedded === true ? null : state.entry.url,
      installed: state.installedBytes !== undefined,
      path: state.path,
      partialBytes: state.partialBytes,
    }));
    io.stdout.write(`${JSON.stringify({ modelsDir, models })}\n`);
    return 0;
  }
  const rows = [
    ["NAME", "KIND", "PROFILE", "SIZE", "LICENSE", "STATUS"],
    ...states.map((state) => [
      state.entry.name,
      state.entry.kind,
      state.entry.profile,
      sizeText(state) ?? "?",
      state.entry.license,
      statusText(state),
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  for (const row of rows) {
    const cells = row.map((cell, column) =>
      column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0),
    );
    io.stdout.write(`${cells.join("  ")}\n`);
  }
  io.stdout.write(`\nModels folder: ${modelsDir}\nDownload one with \`tinyagent models pull NAME\`.\n`);
  return 0;
}

async function pullSubcommand(context: Context, name: string): Promise<number> {
  const { io, modelsDir } = context;
  const entry = requireModel(context.catalog, name);
  const state = await stateOf(entry, context);
  if (entry.embedded === true) {
    if (state.installedBytes === undefined) {
      io.stderr.write(`${entry.name} is embedded, but its file is missing from this copy: ${state.path}\n`);
      return 1;
    }
    io.stdout.write(`${entry.name} is embedded in TinyAgent: nothing to download (${state.path}).\n`);
    return 0;
  }
  if (state.installedBytes !== undefined) {
    io.stdout.write(`${entry.name} is already installed at ${state.path}.\n`);
    return 0;
  }

  const size = sizeText(state);
  io.stderr.write(`Downloading ${entry.name}${size ? ` (${size})` : ""} from ${entry.url}\n`);
  if (state.partialBytes > 0) {
    io.stderr.write(`Resuming after the ${formatSize(state.partialBytes)} already downloaded.\n`);
  }
  const partPath = `${state.path}.part`;
  const progress = progressReporter(io.stderr, { label: entry.name });
  try {
    await downloadModel(entry, {
      destinationDir: modelsDir,
      signal: io.signal,
      onProgress: (update) => progress.update(update),
    });
  } catch (error) {
    progress.end();
    // A request that failed before any byte arrived leaves an empty .part: nothing worth resuming.
    if ((await sizeOf(partPath)) === 0) await rm(partPath, { force: true });
    if (isAbortError(error) || io.signal.aborted) {
      const kept = (await sizeOf(partPath)) ?? 0;
      io.stderr.write(
        `Stopped.${kept > 0 ? ` Kept ${formatSize(kept)} in ${partPath};` : ""} ` +
          `run \`${pullCommandFor(entry)}\` to resume.\n`,
      );
      return 130;
    }
    throw error;
  }
  progress.end();
  const verified =
    entry.sha256 !== null
      ? "size and SHA-256 verified"
      : entry.sizeBytes !== null
        ? "size verified; the catalog lists no SHA-256"
        : "not verified: the catalog lists no size or SHA-256";
  io.stdout.write(`Installed ${entry.name} at ${state.path} (${verified}).\n`);
  return 0;
}

async function pathSubcommand(context: Context, name: string | undefined): Promise<number> {
  const { io } = context;
  if (name === undefined) {
    io.stdout.write(`${context.modelsDir}\n`);
    return 0;
  }
  const entry = requireModel(context.catalog, name);
  const state = await stateOf(entry, context);
  io.stdout.write(`${state.path}\n`);
  if (state.installedBytes !== undefined) return 0;
  io.stderr.write(
    entry.embedded === true
      ? `${entry.name} is embedded, but its file is missing from this copy of TinyAgent.\n`
      : `${entry.name} is not installed. Run \`${pullCommandFor(entry)}\`, ` +
          `or download ${entry.url} yourself and place the file at ${state.path}.\n`,
  );
  return 1;
}

async function contextFor(io: CliIo, catalogFile: string | undefined): Promise<Context> {
  const { catalog, embeddedDir } = await readModelCatalog(catalogFile);
  return { io, catalog, embeddedDir, modelsDir: path.resolve(dataHome(io.env), "models") };
}

const CATALOG_OPTION = { catalog: { type: "string" } } as const;

/** The NAME arguments, checked against how many the subcommand takes. */
function names(
  positionals: string[],
  subcommand: string,
  allowed: readonly number[],
): (string | undefined)[] {
  if (allowed.includes(positionals.length)) return positionals;
  const wanted = allowed.includes(1) ? "one model NAME" : "no model name";
  throw new UsageError(
    `models ${subcommand} takes ${wanted}, got: ${positionals.join(" ") || "none"}.\n\n${USAGE}`,
  );
}

/** `tinyagent models list|pull|path`: the model manager (DESIGN.md §5). */
export const modelsCommand: Command = {
  name: "models",
  summary: "list, download (with resume and checksum) and locate planner models",
  usage: USAGE,
  async run(args, io) {
    const [subcommand, ...rest] = args;
    if (subcommand === "list") {
      const options = { ...CATALOG_OPTION, json: { type: "boolean", default: false } } as const;
      const { values, positionals } = parseOptions(rest, options, USAGE);
      names(positionals, subcommand, [0]);
      return listSubcommand(await contextFor(io, values.catalog), values.json);
    }
    if (subcommand === "pull" || subcommand === "path") {
      const { values, positionals } = parseOptions(rest, CATALOG_OPTION, USAGE);
      const [name] = names(positionals, subcommand, subcommand === "pull" ? [1] : [0, 1]);
      const context = await contextFor(io, values.catalog);
      return subcommand === "pull" ? pullSubcommand(context, name as string) : pathSubcommand(context, name);
    }
    throw new UsageError(`models needs a subcommand: list, pull or path.\n\n${USAGE}`);
  },
};
