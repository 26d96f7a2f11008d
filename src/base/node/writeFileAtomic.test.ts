import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "./writeFileAtomic.js";

describe("writeFileAtomic", () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), "tinyagent-atomic-"));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("writes text and bytes, creating missing folders", async () => {
    const path = join(folder, "a", "b", "state.json");
    await writeFileAtomic(path, '{"ok":true}');
    expect(await readFile(path, "utf8")).toBe('{"ok":true}');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(path))]).toEqual([1, 2, 3]);
  });

  it("replaces an existing file and leaves no temporary file behind", async () => {
    const path = join(folder, "state.json");
    await writeFile(path, "old content that is longer than the new one");
    await writeFileAtomic(path, "new");
    expect(await readFile(path, "utf8")).toBe("new");
    expect(await readdir(folder)).toEqual(["state.json"]);
  });

  it("keeps the old file intact and cleans up when the rename fails", async () => {
    // A folder at the target path makes the final rename fail after the data was written.
    const target = join(folder, "taken");
    await writeFileAtomic(join(target, "inner.txt"), "keep me");
    await expect(writeFileAtomic(target, "new")).rejects.toThrow();
    expect(await readFile(join(target, "inner.txt"), "utf8")).toBe("keep me");
    expect(await readdir(folder)).toEqual(["taken"]);
  });
});
