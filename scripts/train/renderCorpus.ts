import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type CorpusItem, corpusItem } from "./corpusItem.js";
import { offeredTools } from "./offeredTools.js";
import { parseDatasetRows } from "./parseDatasetRows.js";
import { seededRandom } from "./seededRandom.js";

export interface RenderCorpusOptions {
  /** Folder with `train.jsonl` and `val.jsonl` (`npm run data`). */
  readonly dataDirectory: string;
  /** Where the rendered files go (created if missing). */
  readonly outputDirectory: string;
  /** Seed of the simulated tool selection (default 1). */
  readonly seed?: number;
  /** Share of training rows whose prompt gets a `Tools:` line (default 0.5). */
  readonly toolsLineShare?: number;
}

export interface RenderCorpusResult {
  readonly trainItems: number;
  readonly valItems: number;
  /** Training items whose prompt has a `Tools:` line. */
  readonly trainItemsWithTools: number;
  readonly tokenizerCorpusLines: number;
  readonly files: { readonly train: string; readonly val: string; readonly tokenizerCorpus: string };
}

/** File names inside `outputDirectory`; the Python trainer reads the same names. */
export const CORPUS_FILES = {
  train: "train.txt.jsonl",
  val: "val.txt.jsonl",
  tokenizerCorpus: "tokenizer-corpus.txt",
} as const;

/**
 * Renders dataset rows into the trainer's input: `train.txt.jsonl` and `val.txt.jsonl` with one
 * `{"prompt","completion"}` a line ({@link corpusItem}), and `tokenizer-corpus.txt`, the training
 * texts one text line per file line, because SentencePiece trains line by line (which is also why
 * no piece ever contains a newline: "\n" is always the byte piece `<0x0A>`); lines are also cut at
 * quotes (see {@link tokenizerLines}).
 *
 * About `toolsLineShare` of the training rows, chosen by `seed`, get a `Tools:` line listing their
 * plan's tools plus up to three others ({@link offeredTools}), as ToolRAG would offer at run time;
 * the rest, and every validation row, get none. Deterministic: the same inputs and seed give the
 * same bytes.
 *
 * @throws TinyAgentError `train/data` for a malformed row.
 */
export async function renderCorpus(options: RenderCorpusOptions): Promise<RenderCorpusResult> {
  const random = seededRandom(options.seed ?? 1);
  const share = options.toolsLineShare ?? 0.5;
  const read = async (split: string) => {
    const path = join(options.dataDirectory, `${split}.jsonl`);
    return parseDatasetRows(await readFile(path, "utf8"), path);
  };
  const trainRows = await read("train");
  const valRows = await read("val");

  let trainItemsWithTools = 0;
  const train = trainRows.map((row) => {
    if (random() >= share) return corpusItem(row);
    trainItemsWithTools++;
    return corpusItem(row, offeredTools(row.tools, random));
  });
  const val = valRows.map((row) => corpusItem(row));
  const corpusLines = train.flatMap((item) => tokenizerLines(item.prompt + item.completion));

  await mkdir(options.outputDirectory, { recursive: true });
  const files = {
    train: join(options.outputDirectory, CORPUS_FILES.train),
    val: join(options.outputDirectory, CORPUS_FILES.val),
    tokenizerCorpus: join(options.outputDirectory, CORPUS_FILES.tokenizerCorpus),
  };
  await writeFile(files.train, jsonLines(train));
  await writeFile(files.val, jsonLines(val));
  await writeFile(files.tokenizerCorpus, `${corpusLines.join("\n")}\n`);
  return {
    trainItems: train.length,
    valItems: val.length,
    trainItemsWithTools,
    tokenizerCorpusLines: corpusLines.length,
    files,
  };
}

// Between a letter or digit and a double quote, either way round.
const QUOTE_BOUNDARY = /(?<=[\p{L}\p{N}])(?=")|(?<=")(?=[\p{L}\p{N}])/u;

/**
 * A text's lines as SentencePiece should learn from them: also cut where a quoted string starts or
 * ends, so that no piece glues a name's last letters to `")` (`Tanaka")` stays `Tanaka` + `")`),
 * which keeps a name or message the same tokens in the plan as in the question, so the model
 * only has to copy. Cutting changes which merges are learned, never how text is encoded.
 */
function tokenizerLines(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line) => line.split(QUOTE_BOUNDARY))
    .filter((line) => line !== "");
}

function jsonLines(items: readonly CorpusItem[]): string {
  return items
    .map((item) => `${JSON.stringify({ prompt: item.prompt, completion: item.completion })}\n`)
    .join("");
}
