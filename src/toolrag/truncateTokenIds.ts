/**
 * The first `max` of a query's token ids. A tokenizer that closes every sequence with a special
 * token (BERT's `[SEP]`: its `tokenizer.json` has a post-processor) keeps that token last, as
 * Hugging Face truncation does; one that adds none (USE-Lite's SentencePiece) just keeps the first
 * `max`, as the model itself would read them.
 */
export function truncateTokenIds(
  ids: readonly number[],
  max: number,
  keepsClosingToken: boolean,
): readonly number[] {
  if (ids.length <= max) return ids;
  return keepsClosingToken ? [...ids.slice(0, max - 1), ids[ids.length - 1] as number] : ids.slice(0, max);
}

/** Whether a Hugging Face `tokenizer.json` adds special tokens around the text (has a post-processor). */
export function addsSpecialTokens(tokenizerJson: unknown): boolean {
  const postProcessor = (tokenizerJson as { post_processor?: unknown } | null)?.post_processor;
  return postProcessor !== undefined && postProcessor !== null;
}
