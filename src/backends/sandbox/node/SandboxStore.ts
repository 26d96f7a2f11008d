import { mkdir, readFile, rm, stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { TinyAgentError, throwIfAborted } from "../../../base/index.js";
import { dataHome, writeFileAtomic } from "../../../base/node/index.js";
import { createSeedState } from "../createSeedState.js";
import { renderPdf } from "../renderPdf.js";
import { SandboxMac, type SandboxMacOptions } from "../SandboxMac.js";
import type { SandboxFile, SandboxState } from "../SandboxState.js";
import { SandboxStateSchema } from "../SandboxState.js";
import { showSandbox } from "../showSandbox.js";

const RESET_HINT = "Run `tinyagent sandbox reset` to restore the seed (this discards the sandbox's changes).";

export interface SandboxStoreOptions {
  /** Folder holding `state.json` and `files/`; `<dataHome>/sandbox` by default. */
  directory?: string;
  /** Environment used to find dataHome ($TINYAGENT_HOME); process.env by default. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Keeps the simulated Mac between runs: the state as `<dataHome>/sandbox/state.json` (written
 * atomically after every change) and the virtual files as real files under
 * `<dataHome>/sandbox/files/` mirroring their virtual paths, so a user can open
 * `files/Users/you/Documents/Quarterly Report.pdf`. summarize_pdf reads those real bytes (a PDF
 * the user drops in place of a seed PDF is summarized instead). A state file that does not parse
 * is reported with `sandbox/corrupt-state` and left untouched, never overwritten silently.
 */
export class SandboxStore {
  readonly directory: string;
  readonly statePath: string;
  readonly filesDirectory: string;

  constructor({ directory, env = process.env }: SandboxStoreOptions = {}) {
    this.directory = resolve(directory ?? join(dataHome(env), "sandbox"));
    this.statePath = join(this.directory, "state.json");
    this.filesDirectory = join(this.directory, "files");
  }

  /** The saved state; on first use the seed, saved together with its files. */
  async load({ signal }: { signal?: AbortSignal } = {}): Promise<SandboxState> {
    let text: string;
    try {
      text = await readFile(this.statePath, { encoding: "utf8", signal });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      return this.reset({ signal });
    }
    const state = this.#parse(text);
    await this.#writeFiles(state, { overwrite: false, signal });
    return state;
  }

  async save(state: SandboxState, { signal }: { signal?: AbortSignal } = {}): Promise<void> {
    throwIfAborted(signal);
    const valid = SandboxStateSchema.parse(state);
    await writeFileAtomic(this.statePath, `${JSON.stringify(valid, null, 2)}\n`);
  }

  /** Restores the seed: its state and freshly written files (files the user added are removed). */
  async reset({ signal }: { signal?: AbortSignal } = {}): Promise<SandboxState> {
    const seed = createSeedState();
    await rm(this.filesDirectory, { recursive: true, force: true });
    await this.#writeFiles(seed, { overwrite: true, signal });
    await this.save(seed, { signal });
    return seed;
  }

  /** A SandboxMac on the saved state that saves after every change and reads PDFs from disk. */
  async open(
    options: Omit<SandboxMacOptions, "state" | "onChange" | "readPdf"> = {},
    { signal }: { signal?: AbortSignal } = {},
  ): Promise<SandboxMac> {
    const state = await this.load({ signal });
    return new SandboxMac({
      ...options,
      state,
      onChange: (changed) => this.save(changed),
      readPdf: async (path) => {
        try {
          return new Uint8Array(await readFile(this.hostPathOf(path)));
        } catch {
          return undefined;
        }
      },
    });
  }

  /** `tinyagent sandbox show [app]` (see showSandbox). */
  async show(app?: string, { signal }: { signal?: AbortSignal } = {}): Promise<string> {
    return showSandbox(await this.load({ signal }), app);
  }

  /** Where the virtual file `path` lives on disk, always inside `filesDirectory`. */
  hostPathOf(path: string): string {
    const host = resolve(this.filesDirectory, ...path.split("/").filter((segment) => segment !== ""));
    if (!host.startsWith(this.filesDirectory + sep)) {
      throw new TinyAgentError("sandbox/invalid-path", `The virtual path ${path} leaves the sandbox.`, {
        context: { path },
      });
    }
    return host;
  }

  #parse(text: string): SandboxState {
    let reason: string;
    try {
      const result = SandboxStateSchema.safeParse(JSON.parse(text));
      if (result.success) return result.data;
      reason = result.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
        .join("; ");
    } catch (error) {
      reason = (error as Error).message;
    }
    throw new TinyAgentError(
      "sandbox/corrupt-state",
      `The sandbox state at ${this.statePath} is corrupt (${reason}). ${RESET_HINT}`,
      { context: { path: this.statePath } },
    );
  }

  async #writeFiles(
    state: SandboxState,
    { overwrite, signal }: { overwrite: boolean; signal?: AbortSignal | undefined },
  ): Promise<void> {
    await mkdir(this.filesDirectory, { recursive: true });
    for (const file of state.files.entries) {
      throwIfAborted(signal);
      const host = this.hostPathOf(file.path);
      if (!overwrite && (await exists(host))) continue;
      await writeFileAtomic(host, await contentOf(file));
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function contentOf(file: SandboxFile): Promise<Uint8Array> | string {
  return file.kind === "pdf" ? renderPdf(file) : file.content;
}
