import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TinyAgentError } from "../../base/index.js";
import { DEFAULT_SETTINGS } from "../settingsSchema.js";
import { SettingsFile } from "./SettingsFile.js";

const NOW = new Date("2024-05-24T14:05:06.789Z");
const BACKUP = "settings.json.corrupt-2024-05-24T14-05-06-789Z";
const DEFAULTS_TEXT = `${JSON.stringify(DEFAULT_SETTINGS, null, 2)}\n`;

describe("SettingsFile", () => {
  let home: string;
  let file: SettingsFile;
  let path: string;

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), "tinyagent-settings-"));
    file = new SettingsFile({ env: { TINYAGENT_HOME: home }, now: () => NOW });
    path = join(home, "settings.json");
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it("lives at <dataHome>/settings.json", () => {
    expect(file.path).toBe(path);
    expect(new SettingsFile({ path: join(home, "other.json") }).path).toBe(join(home, "other.json"));
  });

  it("gives the defaults without a file and does not create one", async () => {
    expect(await file.load()).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
    expect(await file.exists()).toBe(false);
    expect(await readdir(home)).toEqual([]);
  });

  it("saves every field as readable JSON and loads it back", async () => {
    const saved = await file.save({ ...DEFAULT_SETTINGS, threads: 4, customInstructions: "Sign with -S" });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, threads: 4, customInstructions: "Sign with -S" });
    expect(JSON.parse(await readFile(path, "utf8"))).toEqual(saved);
    expect(await file.load()).toEqual({ settings: saved, warnings: [] });
    expect(await readdir(home)).toEqual(["settings.json"]);
  });

  it("refuses to save invalid settings and writes nothing", async () => {
    const error = await file.save({ threads: -2 }).catch((caught: unknown) => caught);
    expect(TinyAgentError.isInstance(error) && error.code).toBe("settings/invalid");
    expect((error as Error).message).toBe("Invalid settings: threads: Too small: expected number to be >0.");
    expect(await file.exists()).toBe(false);
  });

  it("merges a partial file with the defaults and leaves the file as it is", async () => {
    const text = '{ "policy": "never-ask", "enabledApps": { "zoom": false } }';
    await writeFile(path, text);
    const { settings, warnings } = await file.load();
    expect(warnings).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      policy: "never-ask",
      enabledApps: { ...DEFAULT_SETTINGS.enabledApps, zoom: false },
    });
    expect(await readFile(path, "utf8")).toBe(text);
  });

  it("ignores unknown keys with a warning that names them", async () => {
    await writeFile(path, '{ "polcy": "never-ask", "enabledApps": { "mial": false }, "threads": 2 }');
    const { settings, warnings } = await file.load();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, threads: 2 });
    expect(warnings).toEqual([
      {
        code: "settings/unknown-key",
        message: `Ignored unknown setting(s) in ${path}: polcy, enabledApps.mial.`,
      },
    ]);
  });

  it("backs up a file that is not JSON, writes the defaults and says what happened", async () => {
    const broken = '{ "threads": 4, ';
    await writeFile(path, broken);
    const { settings, warnings } = await file.load();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning?.code).toBe("settings/corrupt");
    expect(warning?.backupPath).toBe(join(home, BACKUP));
    expect(warning?.message).toContain(`The settings file ${path} could not be used: not valid JSON (`);
    expect(warning?.message).toContain(`It was moved to ${join(home, BACKUP)} and replaced with the default`);
    expect(await readFile(join(home, BACKUP), "utf8")).toBe(broken);
    expect(await readFile(path, "utf8")).toBe(DEFAULTS_TEXT);
    expect((await readdir(home)).sort()).toEqual([BACKUP, "settings.json"].sort());
  });

  it("backs up a file that fails the schema and names every bad field", async () => {
    const invalid = '{ "policy": "sometimes", "threads": 0, "enabledApps": { "mail": "no" } }';
    await writeFile(path, invalid);
    const { settings, warnings } = await file.load();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warnings[0]?.message).toContain(
      "could not be used: threads: Too small: expected number to be >0; " +
        'policy: Invalid option: expected one of "ask-for-writes"|"ask-always"|"never-ask"; ' +
        "enabledApps.mail: Invalid input: expected boolean, received string. It was moved to",
    );
    expect(await readFile(join(home, BACKUP), "utf8")).toBe(invalid);
    expect(await file.load()).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
  });

  it("never overwrites an earlier backup", async () => {
    await writeFile(path, "first");
    await file.load();
    await writeFile(path, "[]");
    const { warnings } = await file.load();
    expect(warnings[0]?.backupPath).toBe(join(home, `${BACKUP}-2`));
    expect(warnings[0]?.message).toContain("(root): Invalid input: expected object, received array");
    expect(await readFile(join(home, BACKUP), "utf8")).toBe("first");
    expect(await readFile(join(home, `${BACKUP}-2`), "utf8")).toBe("[]");
  });

  it("uses the defaults without touching a settings path it cannot read", async () => {
    await mkdir(path);
    const { settings, warnings } = await file.load();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warnings.map((warning) => warning.code)).toEqual(["settings/unreadable"]);
    expect(warnings[0]?.message).toContain(`Could not read the settings file ${path}`);
    expect(await readdir(home)).toEqual(["settings.json"]);
  });

  it("updates some fields and keeps the others", async () => {
    await file.save({ threads: 2, enabledApps: { zoom: false } });
    const { settings } = await file.update({ enabledApps: { mail: false }, policy: "ask-always" });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      threads: 2,
      policy: "ask-always",
      enabledApps: { ...DEFAULT_SETTINGS.enabledApps, zoom: false, mail: false },
    });
    expect((await file.load()).settings).toEqual(settings);
  });

  it("rejects an invalid update or an unknown key and changes nothing", async () => {
    await file.save({ threads: 2 });
    const before = await readFile(path, "utf8");
    await expect(file.update({ contextSize: 10 })).rejects.toThrow(
      "Invalid settings: contextSize: must be at least 512 tokens.",
    );
    await expect(file.update({ polcy: "never-ask" } as never)).rejects.toThrow(
      "Invalid settings: unknown setting(s) polcy.",
    );
    expect(await readFile(path, "utf8")).toBe(before);
  });

  it("resets to the defaults", async () => {
    await file.save({ threads: 2, customInstructions: "x" });
    expect(await file.reset()).toEqual(DEFAULT_SETTINGS);
    expect(await readFile(path, "utf8")).toBe(DEFAULTS_TEXT);
  });
});
