/**
 * A multi-label tool classifier: one independent probability (sigmoid, 0–1) per tool it knows,
 * computed from the raw user query only (spec §5). The reference's ToolRAG model and our embedded
 * one both know the 16 built-in tools in the reference label order, which is the prompt order.
 */
export interface ToolClassifier {
  /** The tool name of each score, in score order. */
  readonly labels: readonly string[];
  /** One probability per label, in `labels` order. Rejects with an AbortError once `signal` fires. */
  scores(query: string, options?: { readonly signal?: AbortSignal }): Promise<ArrayLike<number>>;
  /** Releases the model, when the classifier owns one. */
  dispose?(): Promise<void> | void;
}
