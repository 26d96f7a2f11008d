import { readFile, rename, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { TinyAgentError } from "../../base/index.js";
import { dataHome, writeFileAtomic } from "../../base/node/index.js";
import { mergeSettings } from "../mergeSettings.js";
import { describeIssues, type ParsedSettings, parseSettings } from "../parseSettings.js";
import {
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsInput,
  type SettingsPatch,
} from "../settingsSchema.js";

/**
 * Something the user should know about the settings file, though loading went on: `unknown-key` (ignored
 * keys), `corrupt` (the file was backed up to `backupPath` and replaced with the defaults) or
 * `unreadable` (defaults are used for this run; the file is left alone).
 */
export interface SettingsWarning {
  readonly code: "settings/unknown-key" | "settings/corrupt" | "settings/unreadable";
  readonly message: string;
  readonly backupPath?: string;
}

export interface LoadedSettings {
  readonly settings: Settings;
  readonly warnings: readonly SettingsWarning[];
}

export interface SettingsFileOptions {
  /** The file; `<dataHome>/settings.json` by default. */
  path?: string;
  /** Environment used to find dataHome ($TINYAGENT_HOME); process.env by default. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Clock for the backup file's name; tests pass a fixed one. */
  now?: () => Date;
}

/**
 * The user's settings as `<dataHome>/settings.json`, validated by `settingsSchema`. The file holds only
 * what was saved; missing fields take their defaults, so an older or hand-written partial file still
 * loads. Loading never throws and never loses data: a file that is not JSON or not valid settings is
 * renamed to `settings.json.corrupt-<timestamp>`, replaced by the defaults and reported as a warning
 * naming every bad field, so the app always starts. Every write is atomic.
 */
export class SettingsFile {
  readonly path: string;
  readonly #now: () => Date;

  constructor({ path, env = process.env, now = () => new Date() }: SettingsFileOptions = {}) {
    this.path = resolve(path ?? join(dataHome(env), "settings.json"));
    this.#now = now;
  }

  /** Whether the file exists yet (a fresh install runs on defaults without one). */
  async exists(): Promise<boolean> {
    return (await stat(this.path).catch(() => undefined))?.isFile() ?? false;
  }

  /** The settings (defaults when there is no file yet, which is not written until `save`). */
  async load(): Promise<LoadedSettings> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT")
        return { settings: DEFAULT_SETTINGS, warnings: [] };
      return this.#unreadable(error);
    }
    let parsed: ParsedSettings;
    try {
      parsed = parseSettings(JSON.parse(text));
    } catch (error) {
      return this.#replaceCorrupt(`not valid JSON (${(error as Error).message})`);
    }
    if (!parsed.ok) return this.#replaceCorrupt(describeIssues(parsed.issues));
    const warnings: SettingsWarning[] =
      parsed.unknownKeys.length === 0
        ? []
        : [
            {
              code: "settings/unknown-key",
              message: `Ignored unknown setting(s) in ${this.path}: ${parsed.unknownKeys.join(", ")}.`,
            },
          ];
    return { settings: parsed.settings, warnings };
  }

  /** Validates and writes complete settings; throws `settings/invalid` (writing nothing) when invalid. */
  async save(settings: SettingsInput): Promise<Settings> {
    const parsed = parseSettings(settings);
    const valid = this.#valid(parsed);
    await this.#write(valid);
    return valid;
  }

  /**
   * Loads, applies `patch` (see mergeSettings) and saves. Invalid values or unknown keys throw
   * `settings/invalid` and change nothing; warnings from loading are passed on.
   */
  async update(patch: SettingsPatch): Promise<LoadedSettings> {
    const { settings, warnings } = await this.load();
    const valid = this.#valid(mergeSettings(settings, patch));
    await this.#write(valid);
    return { settings: valid, warnings };
  }

  /** Overwrites the file with the defaults. */
  async reset(): Promise<Settings> {
    await this.#write(DEFAULT_SETTINGS);
    return DEFAULT_SETTINGS;
  }

  #valid(parsed: ParsedSettings): Settings {
    if (parsed.ok && parsed.unknownKeys.length === 0) return parsed.settings;
    const problem = parsed.ok
      ? `unknown setting(s) ${parsed.unknownKeys.join(", ")}`
      : describeIssues(parsed.issues);
    throw new TinyAgentError("settings/invalid", `Invalid settings: ${problem}.`, {
      context: { path: this.path, issues: parsed.ok ? [] : parsed.issues },
    });
  }

  async #write(settings: Settings): Promise<void> {
    await writeFileAtomic(this.path, `${JSON.stringify(settings, null, 2)}\n`);
  }

  #unreadable(error: unknown): LoadedSettings {
    const message =
      `Could not read the settings file ${this.path} (${(error as Error).message}); ` +
      "using the default settings for this run and leaving the file as it is.";
    return { settings: DEFAULT_SETTINGS, warnings: [{ code: "settings/unreadable", message }] };
  }

  async #replaceCorrupt(reason: string): Promise<LoadedSettings> {
    const where = `The settings file ${this.path} could not be used: ${reason}.`;
    const backupPath = await this.#freeBackupPath();
    try {
      await rename(this.path, backupPath);
    } catch (error) {
      // Without a backup the bad file must stay where it is: the user may still want what is in it.
      const message = `${where} Backing it up failed (${(error as Error).message}), so it was left as it is and the default settings are used for this run.`;
      return { settings: DEFAULT_SETTINGS, warnings: [{ code: "settings/unreadable", message }] };
    }
    let outcome = "replaced with the default settings";
    try {
      await this.#write(DEFAULT_SETTINGS);
    } catch (error) {
      outcome = `the default settings are used for this run but could not be written (${(error as Error).message})`;
    }
    const message =
      `${where} It was moved to ${backupPath} and ${outcome}; ` +
      "copy what you need from the backup, or change settings with `tinyagent settings set`.";
    return { settings: DEFAULT_SETTINGS, warnings: [{ code: "settings/corrupt", message, backupPath }] };
  }

  /** `settings.json.corrupt-2024-05-24T14-05-00-000Z` (no colons: Finder and Windows dislike them). */
  async #freeBackupPath(): Promise<string> {
    const base = `${this.path}.corrupt-${this.#now().toISOString().replace(/[:.]/g, "-")}`;
    let candidate = base;
    for (let index = 2; await exists(candidate); index++) candidate = `${base}-${index}`;
    return candidate;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
