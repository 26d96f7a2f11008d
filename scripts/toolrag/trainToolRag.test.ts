import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_TOOL_LABEL, selectTools } from "../../src/toolrag/index.js";
import { OnnxToolClassifier } from "../../src/toolrag/node/index.js";
import { ToolRegistry } from "../../src/tools/index.js";
import { fixtureRows } from "../train/fixtureRows.js";
import { pythonHasTrainingModules } from "../train/runPython.js";
import { miniatureVectors } from "./miniatureVectors.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const hasTorch = pythonHasTrainingModules();

/**
 * Rows where only the verb tells a text from an email ("Text Olga about dinner" / "Email Olga about
 * dinner"), so what the model makes of an unseen verb can only come from its vector.
 */
function verbRows(count: number): string {
  const names = ["Sid", "Olga", "Amir", "Priya", "Kenji", "José"];
  const topics = ["dinner", "the budget", "the trip", "tomorrow", "the report"];
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const name = names[Math.floor(index / 2) % names.length];
    const topic = topics[Math.floor(index / 2 / names.length) % topics.length];
    const sms = index % 2 === 0;
    const row = sms
      ? {
          query: `Text ${name} about ${topic}`,
          plan: `1. get_phone_number("${name}")\n2. send_sms(["$1"], "${topic}")\n3. join()<END_OF_PLAN>`,
          tools: ["get_phone_number", "send_sms"],
        }
      : {
          query: `Email ${name} about ${topic}`,
          plan: `1. get_email_address("${name}")\n2. compose_new_email(["$1"], [], "${topic}", "", [])\n3. join()<END_OF_PLAN>`,
          tools: ["get_email_address", "compose_new_email"],
        };
    lines.push(JSON.stringify({ id: `verb-${index}`, now: "2024-05-01T09:30", ...row }));
  }
  return `${lines.join("\n")}\n`;
}

/** Runs `npm run train:toolrag` (as the script itself) with `args`, from the repository root. */
function trainToolRag(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/toolrag/trainToolRag.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env,
  });
}

/** The tiny training set (fixture rows and verb rows) and validation set, written into `directory`. */
async function writeTinyDataset(directory: string): Promise<string[]> {
  await writeFile(join(directory, "train.jsonl"), fixtureRows(200, 1) + verbRows(300));
  await writeFile(join(directory, "val.jsonl"), fixtureRows(40, 2));
  return ["--data", join(directory, "train.jsonl"), "--valid", join(directory, "val.jsonl")];
}

// Needs Debian's python3-torch like the planner's training test; .ci/run installs it.
/** What train:toolrag measured between the trainer's exported module and the ONNX file the app loads. */
function exportDifference(stdout: unknown): number {
  const match = /largest probability difference from the trained model ([\d.e+-]+) on \d+ held-out rows/.exec(
    String(stdout),
  );
  return match ? Number(match[1]) : Number.NaN;
}

describe.skipIf(!hasTorch && !process.env.CI)(
  "npm run train:toolrag --encoder conv on a tiny dataset with word vectors, two members",
  () => {
    let directory: string;
    let result: ReturnType<typeof spawnSync>;
    let classifier: OnnxToolClassifier;

    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), "tinyagent-toolrag-train-"));
      const dataset = await writeTinyDataset(directory);
      await writeFile(join(directory, "vectors.json"), miniatureVectors());
      // A previous model in --out, with a file that training does not write.
      await mkdir(join(directory, "model"));
      await writeFile(join(directory, "model", "stale.txt"), "from the previous model");
      result = trainToolRag([
        ...dataset,
        ...["--out", join(directory, "model"), "--word-vectors", join(directory, "vectors.json")],
        ...["--vector-words", "100", "--vocabulary", "300", "--epochs", "20", "--threads", "1"],
        ...["--examples", "20", "--token-dropout", "0", "--members", "2", "--encoder", "conv"],
      ]);
      if (result.status === 0) classifier = await OnnxToolClassifier.load(join(directory, "model"));
    }, 300_000);

    afterAll(async () => {
      await classifier?.dispose();
      if (directory) await rm(directory, { recursive: true, force: true });
    });

    it("trains, exports and measures the model through the runtime's loader", () => {
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      expect(result.stdout).toMatch(/of them words with a pretrained vector/);
      expect(result.stdout).toMatch(/member 2 of 2 \(seed 8\)/);
      expect(result.stdout).toMatch(/ensemble of 2: valid row recall/);
      expect(result.stdout).toMatch(/held-out rows: recall 1\.0000/);
      // The exported int8 embedding table says what the float model says.
      const drift = Number(/largest probability change ([\d.]+)/.exec(String(result.stdout))?.[1]);
      expect(drift).toBeLessThan(0.01);
      expect(exportDifference(result.stdout)).toBeLessThan(1e-3);
    });

    it("replaces the previous model folder whole and leaves nothing half-built beside it", async () => {
      expect((await readdir(join(directory, "model"))).sort()).toEqual([
        "README.md",
        "config.json",
        "examples.jsonl.gz",
        "onnx",
        "tokenizer.json",
        "tokenizer_config.json",
      ]);
      expect((await readdir(directory)).filter((name) => name.startsWith("."))).toEqual([]);
    });

    it("keeps vector words whole in the tokenizer, though no training row uses them", async () => {
      const tokenizer = JSON.parse(await readFile(join(directory, "model/tokenizer.json"), "utf8"));
      expect(tokenizer.model.vocab).toHaveProperty("ping");
      expect(tokenizer.model.vocab).toHaveProperty("mail");
      const card = await readFile(join(directory, "model/README.md"), "utf8");
      expect(card).toMatch(/most frequent English words of the vectors of `vectors\.json`/);
      expect(card).not.toMatch(/GloVe/);
      expect(card).toMatch(/2 such models, trained from different seeds/);
    });

    it("says when no tool can serve a request, and the selection then offers none", async () => {
      expect(classifier.labels.at(-1)).toBe(NO_TOOL_LABEL);
      const select = async (query: string) =>
        selectTools({
          query,
          labels: classifier.labels,
          scores: await classifier.scores(query),
          registry: new ToolRegistry(),
        });
      const joke = await select("Tell me a joke");
      expect(joke.noTool).toBe(true);
      expect(joke.tools).toEqual([]);
      const text = await select("Text Olga that dinner is at 7");
      expect(text.noTool).toBe(false);
      expect(text.tools.map((tool) => tool.name)).toEqual(["get_phone_number", "send_sms"]);
    });

    it("reads an unseen word like the seen word whose vector it shares", async () => {
      const top = async (query: string) => {
        const scores = await classifier.scores(query);
        return classifier.labels.filter((_, index) => (scores[index] ?? 0) > 0.5);
      };
      expect(await top("Text Olga about the trip")).toEqual(["get_phone_number", "send_sms"]);
      expect(await top("Ping Olga about the trip")).toEqual(["get_phone_number", "send_sms"]);
      expect(await top("SMS Amir about dinner")).toEqual(["get_phone_number", "send_sms"]);
      expect(await top("Mail Amir about dinner")).toEqual(["get_email_address", "compose_new_email"]);
    });
  },
);

describe.skipIf(!hasTorch && !process.env.CI)(
  "npm run train:toolrag fine-tuning USE-Lite (the default)",
  () => {
    let directory: string;
    let result: ReturnType<typeof spawnSync>;
    let classifier: OnnxToolClassifier;

    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), "tinyagent-toolrag-use-"));
      const dataset = await writeTinyDataset(directory);
      result = trainToolRag([
        ...dataset,
        ...["--out", join(directory, "model"), "--epochs", "3", "--lr", "5e-4", "--threads", "1"],
        ...["--examples", "20"],
      ]);
      if (result.status === 0) classifier = await OnnxToolClassifier.load(join(directory, "model"));
    }, 300_000);

    afterAll(async () => {
      await classifier?.dispose();
      if (directory) await rm(directory, { recursive: true, force: true });
    });

    it("fine-tunes, exports int8 weights that say what the float model says, and measures it", async () => {
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      expect(result.stdout).toMatch(/8000 SentencePiece pieces/);
      expect(result.stdout).toMatch(/epoch {2}3 .* step 24 of 24\)/);
      const drift = Number(/largest probability change ([\d.]+)/.exec(String(result.stdout))?.[1]);
      expect(drift).toBeLessThan(0.01);
      expect(exportDifference(result.stdout)).toBeLessThan(1e-3);
      const config = JSON.parse(await readFile(join(directory, "model/config.json"), "utf8"));
      expect(config.architectures).toEqual(["UseLiteToolRag"]);
      const tokenizer = JSON.parse(await readFile(join(directory, "model/tokenizer.json"), "utf8"));
      expect(tokenizer.model.type).toBe("Unigram");
      const card = await readFile(join(directory, "model/README.md"), "utf8");
      expect(card).toMatch(/Universal Sentence Encoder Lite .* Apache License 2\.0/s);
      // The graph is a modified copy of Apache-2.0 weights: their licence is in the folder.
      const licence = await readFile(join(directory, "model/LICENSE-USE-Lite.txt"), "utf8");
      expect(licence).toMatch(/Apache License\s+Version 2\.0/);
    });

    it("tells a text from an email by the verb, also for verbs it was never trained on", async () => {
      const top = async (query: string) => {
        const scores = await classifier.scores(query);
        return classifier.labels.filter((_, index) => (scores[index] ?? 0) > 0.5);
      };
      expect(await top("Text Olga about the trip")).toEqual(["get_phone_number", "send_sms"]);
      expect(await top("Email Amir about dinner")).toEqual(["get_email_address", "compose_new_email"]);
      // No training row says "mail" or "send … a text": what the encoder knew of English does it.
      expect(await top("Mail Amir about dinner")).toEqual(["get_email_address", "compose_new_email"]);
      expect(await top("Send Priya a text about the budget")).toEqual(["get_phone_number", "send_sms"]);
    });
  },
);

describe.skipIf(!hasTorch && !process.env.CI)("npm run train:toolrag when it fails", () => {
  it("leaves the previous model folder whole and no half-built folder behind", async () => {
    const directory = await mkdtemp(join(tmpdir(), "tinyagent-toolrag-fail-"));
    try {
      await writeFile(join(directory, "train.jsonl"), fixtureRows(40, 1));
      await mkdir(join(directory, "model"));
      await writeFile(join(directory, "model", "config.json"), "previous model");
      const train = (options: string[], env: NodeJS.ProcessEnv = process.env) =>
        trainToolRag(
          [
            ...["--data", join(directory, "train.jsonl"), "--out", join(directory, "model")],
            ...["--vocabulary", "200", "--threads", "1", "--examples", "5", ...options],
          ],
          env,
        );
      const help = train(["--help"]);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^Usage: npm run train:toolrag -- \[options\]/);
      expect(help.stdout).toContain("--token-dropout X");
      const unknown = train(["--epoch", "2"]);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toMatch(/^Unknown option '--epoch'.*\n\nUsage: npm run train:toolrag/s);
      expect(train(["--pos-weight", "0"]).stderr).toContain('--pos-weight must be a number above 0, not "0"');
      const badOption = train(["--members", "0"]);
      expect(badOption.status).toBe(2);
      expect(badOption.stderr).toContain('--members must be a whole number of at least 1, not "0"');
      expect(train(["--encoder", "conv", "--epochs", "1.5"]).stderr).toContain(
        "--epochs must be a whole number",
      );
      expect(train(["--encoder", "bert"]).stderr).toContain('--encoder must be use-lite or conv, not "bert"');
      expect(train(["--lr", "0"]).stderr).toContain('--lr must be a number above 0, not "0"');
      expect(train(["--token-dropout", "1"]).stderr).toContain(
        "--token-dropout must be at least 0 and below 1",
      );
      // An option only the other encoder reads is named, then training goes on (and fails here).
      const ignoredOption = train(["--word-vectors", "glove"], {
        ...process.env,
        TINYAGENT_PYTHON: "/bin/false",
      });
      expect(ignoredOption.stderr).toMatch(/--encoder use-lite ignores .*--word-vectors/);
      // A Python that fails: after the tokenizer and config were written for the new model.
      const failedTraining = train([], { ...process.env, TINYAGENT_PYTHON: "/bin/false" });
      expect(failedTraining.status).not.toBe(0);
      expect(failedTraining.stderr).toContain("/bin/false");
      expect(await readFile(join(directory, "model", "config.json"), "utf8")).toBe("previous model");
      expect((await readdir(directory)).sort()).toEqual(["model", "train.jsonl"]);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }, 120_000);
});
