import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { miniatureVectors } from "./miniatureVectors.js";
import { readWordVectors } from "./wordVectors.js";

describe("readWordVectors", () => {
  let directory: string;
  let file: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "tinyagent-vectors-"));
    file = join(directory, "vectors.json");
    await writeFile(file, miniatureVectors());
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("keeps the most frequent lower-case words, in order, up to the count", async () => {
    const vectors = await readWordVectors(file, 6);
    expect(vectors.words).toEqual(["text", "ping", "sms", "email", "mail", "directions"]);
    expect(vectors.dimensions).toBe(8);
    expect(vectors.values).toHaveLength(6 * 8);
    expect([...vectors.values.subarray(8, 16)]).toEqual(
      [1, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01].map(Math.fround),
    );
  });

  it("skips what the tokenizer would split: punctuation and apostrophes", async () => {
    const { words } = await readWordVectors(file, 1000);
    expect(words).toContain("weather");
    expect(words).not.toContain("i'm");
    expect(words).not.toContain(",");
  });

  it("rejects a bad count, a truncated file and a file without usable words, naming the file", async () => {
    await expect(readWordVectors(file, 0)).rejects.toThrow(/--vector-words must be a positive whole number/);
    const broken = join(directory, "truncated.json");
    await writeFile(broken, miniatureVectors().slice(0, 200));
    await expect(readWordVectors(broken, 6)).rejects.toThrow(/truncated\.json.*delete it to fetch it again/);
    await writeFile(broken, JSON.stringify({ dimensions: 8, words: ["x"], vectors: null }));
    await expect(readWordVectors(broken, 6)).rejects.toThrow(/not a wink-nlp word-vector file/);
    await writeFile(broken, JSON.stringify({ dimensions: 2, words: ["I'm", "x"], vectors: { x: [1] } }));
    await expect(readWordVectors(broken, 6)).rejects.toThrow(/no lower-case word with a 2-number vector/);
    await writeFile(broken, JSON.stringify({ dimensions: 2, words: ["x"], vectors: { x: [1, "a"] } }));
    await expect(readWordVectors(broken, 6)).rejects.toThrow(/the vector of "x" is not all numbers/);
  });
});
