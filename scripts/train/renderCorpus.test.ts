import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TinyAgentError } from "../../src/base/index.js";
import { compactPrompt } from "../../src/prompt/index.js";
import { BUILTIN_TOOL_NAMES } from "../../src/tools/index.js";
import { fixtureRows } from "./fixtureRows.js";
import { offeredTools } from "./offeredTools.js";
import { renderCorpus } from "./renderCorpus.js";
import { seededRandom } from "./seededRandom.js";

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), "tinyagent-corpus-"));
  await writeFile(join(directory, "train.jsonl"), fixtureRows(60, 1));
  await writeFile(join(directory, "val.jsonl"), fixtureRows(10, 2));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function readItems(path: string): Promise<{ prompt: string; completion: string }[]> {
  return (await readFile(path, "utf8"))
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}

const toolsLine = (prompt: string) => prompt.split("\n").find((line) => line.startsWith("Tools:"));

describe("renderCorpus", () => {
  it("renders every row as its compact prompt and gold plan", async () => {
    const result = await renderCorpus({ dataDirectory: directory, outputDirectory: join(directory, "out") });
    expect(result).toMatchObject({ trainItems: 60, valItems: 10 });
    const rows = (await readFile(join(directory, "val.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const val = await readItems(result.files.val);
    val.forEach((item, index) => {
      const [year, month, day] = rows[index].now.slice(0, 10).split("-").map(Number);
      const now = new Date(year, month - 1, day, 9, 30);
      expect(item).toEqual({
        prompt: compactPrompt({ query: rows[index].query, now }),
        completion: rows[index].plan,
      });
    });
    expect(val.some((item) => item.prompt.includes("\nTime: "))).toBe(true);
  });

  it("gives about half the training prompts a Tools line with the plan's tools among a few others", async () => {
    const result = await renderCorpus({ dataDirectory: directory, outputDirectory: join(directory, "out") });
    const train = await readItems(result.files.train);
    const withTools = train.filter((item) => toolsLine(item.prompt) !== undefined);
    expect(withTools).toHaveLength(result.trainItemsWithTools);
    expect(withTools.length).toBeGreaterThan(15);
    expect(withTools.length).toBeLessThan(45);
    for (const item of withTools) {
      const offered = (toolsLine(item.prompt) ?? "").slice("Tools: ".length).split(", ");
      const needed = [...item.completion.matchAll(/\d+\. (\w+)\(/g)]
        .map((match) => match[1])
        .filter((name) => name !== "join");
      expect(offered).toEqual(expect.arrayContaining(needed));
      expect(offered.length - new Set(needed).size).toBeLessThanOrEqual(3);
      expect(offered.length).toBeGreaterThan(0);
      expect(offered).toEqual(BUILTIN_TOOL_NAMES.filter((name) => offered.includes(name)));
    }
    const val = await readItems(result.files.val);
    expect(val.every((item) => toolsLine(item.prompt) === undefined)).toBe(true);
  });

  it("writes the tokenizer corpus line by line, cut where quoted strings start and end", async () => {
    const result = await renderCorpus({ dataDirectory: directory, outputDirectory: join(directory, "out") });
    const lines = (await readFile(result.files.tokenizerCorpus, "utf8")).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(result.tokenizerCorpusLines);
    expect(lines.every((line) => line !== "")).toBe(true);
    expect(lines.some((line) => /\p{L}"|"\p{L}/u.test(line))).toBe(false);
    expect(lines).toContain("Plan:");
    expect(lines).toContain('1. get_phone_number("');
    expect(lines).toContain('")');
  });

  it("is deterministic for a seed and varies with it", async () => {
    const render = async (seed: number, name: string) => {
      const result = await renderCorpus({
        dataDirectory: directory,
        outputDirectory: join(directory, name),
        seed,
      });
      return readFile(result.files.train, "utf8");
    };
    const first = await render(7, "a");
    expect(await render(7, "b")).toBe(first);
    expect(await render(8, "c")).not.toBe(first);
  });

  it("names the file and line of a malformed row", async () => {
    await writeFile(
      join(directory, "val.jsonl"),
      `${fixtureRows(1)}{"id":"x","now":"2024-05-24T09:30Z","query":"hi","plan":"1. join()<END_OF_PLAN>"}\n`,
    );
    const error = await renderCorpus({
      dataDirectory: directory,
      outputDirectory: join(directory, "out"),
    }).catch((caught: unknown) => caught);
    expect(TinyAgentError.isInstance(error) && error.code).toBe("train/data");
    expect((error as Error).message).toContain("val.jsonl:2: now:");
  });
});

describe("offeredTools", () => {
  it("always offers something, and never more than three extra tools", () => {
    const random = seededRandom(3);
    for (let round = 0; round < 200; round++) {
      const none = offeredTools([], random);
      expect(none.length).toBeGreaterThanOrEqual(1);
      expect(none.length).toBeLessThanOrEqual(3);
      const some = offeredTools(["send_sms", "get_phone_number"], random);
      expect(some.slice().sort()).toEqual([...new Set(some)].sort());
      expect(some).toEqual(expect.arrayContaining(["send_sms", "get_phone_number"]));
      expect(some.length).toBeLessThanOrEqual(5);
      expect(some.indexOf("get_phone_number")).toBeLessThan(some.indexOf("send_sms"));
    }
  });
});
