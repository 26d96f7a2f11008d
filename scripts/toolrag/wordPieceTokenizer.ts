import { Tokenizer } from "@huggingface/tokenizers";

/** Ids 0–3, in this order: padding must be 0 (the model's padding_idx). */
export const SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"] as const;

/** `tokenizer_config.json` for the tokenizers this script writes. */
export const TOKENIZER_CONFIG = {
  tokenizer_class: "BertTokenizer",
  do_lower_case: true,
  model_max_length: 512,
  pad_token: "[PAD]",
  unk_token: "[UNK]",
  cls_token: "[CLS]",
  sep_token: "[SEP]",
  clean_up_tokenization_spaces: true,
};

/**
 * A Hugging Face `tokenizer.json` for a BERT-style WordPiece tokenizer over `vocabulary` (special
 * tokens first): BERT normalizer (lower case, accents stripped, so "Zoë" and "zoe" are one word),
 * BERT pre-tokenizer (whitespace and punctuation), `[CLS] … [SEP]` around each query.
 */
export function wordPieceTokenizerJson(vocabulary: readonly string[]): Record<string, unknown> {
  const special = (token: string) => ({ id: token, type_id: 0 });
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: "BertNormalizer",
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: true,
      lowercase: true,
    },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: {
      type: "TemplateProcessing",
      single: [
        { SpecialToken: special("[CLS]") },
        { Sequence: { id: "A", type_id: 0 } },
        { SpecialToken: special("[SEP]") },
      ],
      pair: [
        { SpecialToken: special("[CLS]") },
        { Sequence: { id: "A", type_id: 0 } },
        { SpecialToken: special("[SEP]") },
        { Sequence: { id: "B", type_id: 1 } },
        { SpecialToken: { id: "[SEP]", type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(
        ["[CLS]", "[SEP]"].map((token) => [
          token,
          { id: token, ids: [vocabulary.indexOf(token)], tokens: [token] },
        ]),
      ),
    },
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: {
      type: "WordPiece",
      unk_token: "[UNK]",
      continuing_subword_prefix: "##",
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocabulary.map((token, id) => [token, id])),
    },
  };
}

/** The words of `text` exactly as the tokenizer above sees them (normalised, pre-tokenised). */
export function tokenizerWords(text: string): string[] {
  const normalized = BOOTSTRAP.normalizer?.normalize(text) ?? text;
  return BOOTSTRAP.pre_tokenizer?.pre_tokenize(normalized) ?? normalized.split(/\s+/);
}

const BOOTSTRAP = new Tokenizer(wordPieceTokenizerJson([...SPECIAL_TOKENS]), TOKENIZER_CONFIG);

export interface VocabularyOptions {
  /** Target vocabulary size, special tokens and characters included (default 4000). */
  readonly size?: number;
  /** A pair of pieces is merged only when it occurs at least this often (default 3). */
  readonly minCount?: number;
}

// Merges applied per counting pass: exact BPE merges one pair per pass, which is needlessly slow
// for tens of thousands of words; the most frequent pairs of one pass rarely interact.
const MERGES_PER_PASS = 16;

/**
 * A WordPiece vocabulary learned from `texts` the way Hugging Face's WordPiece trainer does it:
 * byte-pair merges over the words (as the tokenizer above splits them), starting from every
 * character seen, alone and as a `##` continuation. Frequent words end up whole ("email"), rarer
 * ones and typos split into frequent pieces ("emaail" → "ema", "##ail") instead of single
 * characters, and an unseen name still tokenises without `[UNK]`. Deterministic: ties break by
 * the pieces' text.
 */
export function learnVocabulary(texts: Iterable<string>, options: VocabularyOptions = {}): string[] {
  const { size = 4000, minCount = 3 } = options;
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of tokenizerWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts].map(([word, count]) => ({
    pieces: [...word].map((character, index) => (index === 0 ? character : `##${character}`)),
    count,
  }));
  const byCode = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);
  const initial = new Set(words.flatMap((word) => word.pieces));
  const singles = [...initial].filter((piece) => !piece.startsWith("##")).sort(byCode);
  const vocabulary = [...SPECIAL_TOKENS, ...singles, ...singles.map((character) => `##${character}`)];
  const known = new Set(vocabulary);
  for (const piece of initial) {
    if (!known.has(piece)) {
      vocabulary.push(piece);
      known.add(piece);
    }
  }
  while (vocabulary.length < size) {
    const pairs = new Map<string, number>();
    for (const { pieces, count } of words) {
      for (let index = 0; index + 1 < pieces.length; index++) {
        const key = `${pieces[index]}\u0000${pieces[index + 1]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + count);
      }
    }
    const best = [...pairs]
      .filter(([, count]) => count >= minCount)
      .sort(([left, a], [right, b]) => b - a || byCode(left, right))
      .slice(0, Math.min(MERGES_PER_PASS, size - vocabulary.length));
    if (best.length === 0) break;
    const merges = new Map<string, string>();
    for (const [key] of best) {
      const [left = "", right = ""] = key.split("\u0000");
      const merged = left + right.slice(2);
      merges.set(key, merged);
      if (!known.has(merged)) {
        vocabulary.push(merged);
        known.add(merged);
      }
    }
    for (const word of words) {
      const next: string[] = [];
      for (let index = 0; index < word.pieces.length; index++) {
        const piece = word.pieces[index] as string;
        const merged =
          index + 1 < word.pieces.length ? merges.get(`${piece}\u0000${word.pieces[index + 1]}`) : undefined;
        if (merged === undefined) next.push(piece);
        else {
          next.push(merged);
          index++;
        }
      }
      word.pieces = next;
    }
  }
  return vocabulary;
}
