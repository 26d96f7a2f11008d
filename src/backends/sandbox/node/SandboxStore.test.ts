import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSeedState } from "../createSeedState.js";
import { extractPdfText } from "../extractPdfText.js";
import { renderPdf } from "../renderPdf.js";
import { SandboxStore } from "./SandboxStore.js";

const signal = new AbortController().signal;

describe("SandboxStore", () => {
  let home: string;
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), "tinyagent-sandbox-"));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it("lives in <dataHome>/sandbox, found through TINYAGENT_HOME", () => {
    const store = new SandboxStore({ env: { TINYAGENT_HOME: home } });
    expect(store.statePath).toBe(join(home, "sandbox", "state.json"));
    expect(store.filesDirectory).toBe(join(home, "sandbox", "files"));
  });

  it("seeds on first load: state.json plus real files mirroring the virtual tree", async () => {
    const store = new SandboxStore({ directory: home });
    expect(await store.load()).toEqual(createSeedState());
    expect(JSON.parse(await readFile(store.statePath, "utf8"))).toEqual(createSeedState());
    const pdf = await readFile(join(home, "files", "Users", "you", "Documents", "Quarterly Report.pdf"));
    expect((await extractPdfText(new Uint8Array(pdf))).text).toContain("Revenue grew 12 percent");
    expect(
      await readFile(join(home, "files", "Users", "you", "Documents", "Budget 2025.csv"), "utf8"),
    ).toContain("month,income,expenses");
  });

  it("persists every change made through open(), atomically, across instances", async () => {
    const store = new SandboxStore({ directory: home });
    const mac = await store.open();
    await mac.handler("create_note")?.(["Persisted", "Hello disk", "Work"], { signal });
    await mac.handler("get_phone_number")?.(["Mom"], { signal });
    const reloaded = await new SandboxStore({ directory: home }).load();
    expect(reloaded.notes.notes.at(-1)).toEqual({
      id: "note-7",
      folder: "Work",
      title: "Persisted",
      body: "Hello disk",
    });
    expect(await readdir(home)).toEqual(expect.arrayContaining(["files", "state.json"]));
    expect((await readdir(home)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    const again = await new SandboxStore({ directory: home }).open();
    expect(again.show("notes")).toContain("Persisted");
  });

  it("summarizes the real file on disk, so a replaced PDF is what gets summarized", async () => {
    const store = new SandboxStore({ directory: home });
    const mac = await store.open();
    const seed = createSeedState();
    const lease = seed.files.entries.find((file) => file.path.endsWith("Lease Agreement.pdf"));
    if (lease?.kind !== "pdf") throw new Error("seed changed");
    await writeFile(store.hostPathOf("/Users/you/Documents/Apple Demo.pdf"), await renderPdf(lease));
    expect(await mac.handler("summarize_pdf")?.(["Apple Demo.pdf"], { signal })).toContain(
      "Residential Lease",
    );
  });

  it("rewrites missing files on load but never overwrites existing ones", async () => {
    const store = new SandboxStore({ directory: home });
    await store.load();
    const csv = store.hostPathOf("/Users/you/Documents/Budget 2025.csv");
    const agenda = store.hostPathOf("/Users/you/Desktop/Meeting Agenda.txt");
    await writeFile(csv, "edited by the user");
    await rm(agenda);
    await store.load();
    expect(await readFile(csv, "utf8")).toBe("edited by the user");
    expect(await readFile(agenda, "utf8")).toContain("Demo rehearsal");
  });

  it("reports a corrupt state file with the reset hint and leaves it untouched", async () => {
    const store = new SandboxStore({ directory: home });
    await store.load();
    await writeFile(store.statePath, '{"version": 1, "contacts": [');
    await expect(store.load()).rejects.toMatchObject({
      code: "sandbox/corrupt-state",
      message: expect.stringContaining("Run `tinyagent sandbox reset`"),
    });
    await expect(store.open()).rejects.toMatchObject({ code: "sandbox/corrupt-state" });
    expect(await readFile(store.statePath, "utf8")).toBe('{"version": 1, "contacts": [');

    await writeFile(store.statePath, JSON.stringify({ version: 1, contacts: "nobody" }));
    await expect(store.load()).rejects.toThrow(/corrupt \(contacts: .*\)/);
  });

  it("reset() restores the seed state and files", async () => {
    const store = new SandboxStore({ directory: home });
    const mac = await store.open();
    await mac.handler("send_sms")?.([["Mom"], "hi"], { signal });
    await writeFile(store.statePath, "garbage");
    await writeFile(join(store.filesDirectory, "stray.txt"), "x");
    expect(await store.reset()).toEqual(createSeedState());
    expect(await store.load()).toEqual(createSeedState());
    expect(await readdir(store.filesDirectory)).toEqual(["Users"]);
  });

  it("keeps virtual paths inside the files folder", () => {
    const store = new SandboxStore({ directory: home });
    expect(store.hostPathOf("/Users/you/a.txt")).toBe(join(home, "files", "Users", "you", "a.txt"));
    expect(() => store.hostPathOf("/../../etc/passwd")).toThrow("leaves the sandbox");
  });

  it("shows the saved state", async () => {
    const store = new SandboxStore({ directory: home });
    expect(await store.show("zoom")).toContain("Weekly sync (30 min)");
  });
});
