import type { ClassifierMeasurement } from "./measureClassifier.js";

/** models/toolrag/README.md: what the embedded classifier is, how it was trained and how it scored. */
export function renderModelCard(facts: {
  readonly trainRows: number;
  readonly validRows: number;
  readonly vocabulary: number;
  readonly parameters: number;
  readonly epochs: number;
  readonly examples: number;
  readonly measured: ClassifierMeasurement;
}): string {
  const { measured } = facts;
  return `# Embedded ToolRAG classifier

A small multi-label classifier that picks, from the user's request alone, which of the 16 built-in
tools the planner prompt should offer (TinyAgent's ToolRAG, trained from scratch on our synthetic
dataset). Hugging Face layout, run by \`src/toolrag/node/OnnxToolClassifier.ts\` through onnxruntime-node.

- \`config.json\`: \`id2label\` names the 16 tools in the reference (prompt) order.
- \`tokenizer.json\`, \`tokenizer_config.json\`: a lower-casing, accent-stripping WordPiece tokenizer
  (${facts.vocabulary} tokens) learned from the training queries.
- \`onnx/model.onnx\`: token embeddings, a width-3 convolution, max and mean pooling, a two-layer MLP,
  16 logits (${facts.parameters.toLocaleString("en-US")} parameters); sigmoid, a tool is selected above 0.5.
- \`examples.jsonl.gz\`: ${facts.examples} solved requests from the training split for in-context example retrieval.

Trained by \`npm run train:toolrag\` on ${facts.trainRows} rows for ${facts.epochs} epochs. On ${facts.validRows}
held-out rows: recall ${measured.rowRecall.toFixed(4)} (every gold tool selected; micro ${measured.microRecall.toFixed(4)}),
${measured.meanTools.toFixed(2)} tools selected on average, ${measured.p50Ms.toFixed(2)} ms p50 / ${measured.p95Ms.toFixed(2)} ms p95 per query.
`;
}
