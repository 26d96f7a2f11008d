import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIo } from "./CliIo.js";
import { resolveModel } from "./openPlanner.js";

const io = (): CliIo => ({
  stdout: { write: () => true },
  stderr: { write: () => true },
  stdin: Readable.from([]),
  env: { TINYAGENT_HOME: mkdtempSync(join(tmpdir(), "tinyagent-open-planner-")) },
  signal: new AbortController().signal,
});

describe("resolveModel", () => {
  it("runs the embedded planner as its catalog entry recommends: compact prompt, one thread, 1024 tokens", async () => {
    const model = await resolveModel(undefined, io());
    expect(model.entry?.name).toBe("tinyagent-compact");
    expect(model).toMatchObject({ profile: "compact", threads: 1, contextSize: 1024 });
  });

  it("recommends nothing for a GGUF given by path", async () => {
    const model = await resolveModel(join("models", "planner", "tinyagent-compact.gguf"), io());
    expect(model).toEqual({
      path: join("models", "planner", "tinyagent-compact.gguf"),
      profile: "tinyagent",
    });
  });
});
