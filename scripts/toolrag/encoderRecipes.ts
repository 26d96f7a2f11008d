import { copyFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { convCard, type EncoderCard, useLiteCard } from "./renderModelCard.js";
import {
  readUseLiteVocabulary,
  UNIGRAM_TOKENIZER_CONFIG,
  USE_LITE_LICENSE_FILE,
  unigramTokenizerJson,
  useLiteFolder,
} from "./useLiteTokenizer.js";
import { learnVocabulary, SPECIAL_TOKENS } from "./wordPieceTokenizer.js";
import { fetchWordVectors, readWordVectors, type WordVectors } from "./wordVectors.js";
import { type ClassifierFolderFiles, wordPieceFolderFiles } from "./writeClassifierFolder.js";

/** How one encoder is trained: its folder's files, its Python trainer, what that trainer needs, its card. */
export interface EncoderRecipe {
  readonly files: ClassifierFolderFiles;
  readonly trainer: string;
  /** Entries for the trainer's data file; `work` is a folder to put large inputs in. */
  trainerData(work: string): Promise<Record<string, unknown>>;
  card(parameters: number): EncoderCard;
  /** Writes any other file the folder must carry (a licence) into `folder`. */
  writeExtras(folder: string): Promise<void>;
}

/** USE-Lite fine-tuned, over its own SentencePiece vocabulary (no special tokens; id 0 is unknown). */
export async function useLiteRecipe({
  labels,
  lr,
}: {
  readonly labels: readonly string[];
  /** The encoder's peak learning rate. */
  readonly lr: number;
}): Promise<EncoderRecipe> {
  const weights = useLiteFolder();
  const vocabulary = await readUseLiteVocabulary(weights);
  console.log(`USE-Lite from ${weights}: ${vocabulary.length} SentencePiece pieces`);
  return {
    files: {
      tokenizer: unigramTokenizerJson(vocabulary),
      tokenizerConfig: UNIGRAM_TOKENIZER_CONFIG,
      architecture: "UseLiteToolRag",
      vocabSize: vocabulary.length,
      labels,
    },
    trainer: "train_use_classifier.py",
    trainerData: async () => ({ special_ids: [], unk_id: 0, encoder: { weights, lr } }),
    card: (parameters) => useLiteCard(vocabulary.length, parameters),
    // The exported graph is a modified copy of Apache-2.0 weights, so the licence travels with it.
    writeExtras: (folder) =>
      copyFile(path.join(path.dirname(weights), "LICENSE"), path.join(folder, USE_LITE_LICENSE_FILE)),
  };
}

/** The from-scratch convolutional model over a WordPiece vocabulary learned from the training queries. */
export async function convRecipe(options: {
  readonly labels: readonly string[];
  readonly trainQueries: readonly string[];
  readonly vocabularySize: number;
  /** --word-vectors: "none", "glove" or a wink-nlp vectors file. */
  readonly wordVectors: string;
  readonly vectorWords: number;
  /** Where GloVe is downloaded to on first use. */
  readonly cache: string;
}): Promise<EncoderRecipe> {
  const { labels } = options;
  const wordVectors = await loadWordVectors(options.wordVectors, options.cache, options.vectorWords);
  const vocabulary = withWords(
    learnVocabulary(options.trainQueries, { size: options.vocabularySize }),
    wordVectors?.words ?? [],
  );
  console.log(
    `vocabulary: ${vocabulary.length} tokens` +
      (wordVectors ? `, ${wordVectors.words.length} of them words with a pretrained vector` : ""),
  );
  return {
    files: wordPieceFolderFiles(vocabulary, labels),
    trainer: "train_classifier.py",
    trainerData: async (work) => {
      const vectorsFile = path.join(work, "vectors.f32");
      if (wordVectors) await writeFile(vectorsFile, vocabularyVectors(vocabulary, wordVectors));
      return {
        special_ids: SPECIAL_TOKENS.map((token) => vocabulary.indexOf(token)),
        word_vectors: wordVectors ? { file: vectorsFile, dimensions: wordVectors.dimensions } : null,
      };
    },
    card: (parameters) =>
      convCard({
        vocabulary: vocabulary.length,
        vectorWords: wordVectors?.words.length ?? 0,
        vectorSource: options.wordVectors,
        parameters,
      }),
    writeExtras: async () => {},
  };
}

/** --word-vectors: "none", "glove" (fetched into --cache on first use) or a wink-nlp vectors file. */
async function loadWordVectors(
  source: string,
  cache: string,
  count: number,
): Promise<WordVectors | undefined> {
  if (source === "none") return undefined;
  const file = source === "glove" ? await fetchWordVectors(path.resolve(cache)) : source;
  return readWordVectors(file, count);
}

/** The learned pieces, then every vector word the learned vocabulary lacks (WordPiece takes a whole word first). */
function withWords(learned: readonly string[], words: readonly string[]): string[] {
  const known = new Set(learned);
  return [...learned, ...words.filter((word) => !known.has(word))];
}

/** One float32 row per vocabulary token: its word's vector, or zeros for pieces and special tokens. */
function vocabularyVectors(tokens: readonly string[], vectors: WordVectors): Float32Array {
  const { dimensions, words, values: table } = vectors;
  const rowOf = new Map(words.map((word, row) => [word, row]));
  const out = new Float32Array(tokens.length * dimensions);
  tokens.forEach((token, id) => {
    const row = rowOf.get(token);
    if (row !== undefined) out.set(table.subarray(row * dimensions, (row + 1) * dimensions), id * dimensions);
  });
  return out;
}
