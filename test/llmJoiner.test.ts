import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LlmJoiner } from "../src/agent/LlmJoiner.js";
import type { TaskOutcome } from "../src/executor/index.js";
import { LlamaCppPlanner } from "../src/planner/node/LlamaCppPlanner.js";
import { buildTinyLlamaGguf } from "./fixtures/buildTinyLlamaGguf.js";

let directory: string;
let planner: LlamaCppPlanner;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "tinyagent-joiner-"));
  const modelPath = join(directory, "tiny.gguf");
  await writeFile(modelPath, buildTinyLlamaGguf({ seed: 3 }));
  planner = await LlamaCppPlanner.load({ modelPath, threads: 1, contextSize: 4096 });
});

afterAll(async () => {
  await planner?.dispose();
  if (directory) await rm(directory, { recursive: true, force: true });
});

const tasks: TaskOutcome[] = [
  {
    task: {
      idx: 1,
      tool: "get_phone_number",
      args: ["Sid"],
      argsText: '"Sid"',
      deps: [],
      line: 1,
      isJoin: false,
    },
    args: ["Sid"],
    risk: "read",
    status: "done",
    observation: "+15551234",
  },
];

describe("LlmJoiner on a real GGUF runtime (tiny random llama model)", () => {
  it("always ends the final round with a non-empty answer, whatever the weights write", async () => {
    const joiner = new LlmJoiner(planner, { maxTokens: 24 });
    const decision = await joiner.join(
      { query: "What is Sid's number?", tasks, issues: [], round: 1, final: true },
      { signal: new AbortController().signal },
    );
    expect(decision.kind).toBe("finish");
    expect(decision.kind === "finish" && decision.answer.trim()).not.toBe("");
  });
});
