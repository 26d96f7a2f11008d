import { TinyAgentError } from "../../base/index.js";
import type { GgufContents, GgufMetadataEntry, GgufTensor, GgufTensorType } from "./GgufContents.js";

/** Shape of a llama-architecture transformer, in llama.cpp's metadata terms. */
export interface LlamaHyperparameters {
  /** Trained context window (`llama.context_length`). */
  readonly contextLength: number;
  /** Width of the residual stream (`llama.embedding_length`). */
  readonly embeddingLength: number;
  readonly blockCount: number;
  readonly feedForwardLength: number;
  readonly headCount: number;
  /** Key/value heads; fewer than `headCount` means grouped-query attention. Default `headCount`. */
  readonly headCountKv?: number;
  /** Default 1e-5, as TinyLlama. */
  readonly layerNormRmsEpsilon?: number;
  /** Default 10000. */
  readonly ropeFreqBase?: number;
}

/**
 * SentencePiece token types as GGUF stores them (`tokenizer.ggml.token_type`); llama.cpp's
 * "llama" tokenizer falls back to the 256 `BYTE` pieces `<0x00>`…`<0xFF>` for text no piece covers.
 */
export const SENTENCE_PIECE_TOKEN_TYPES = {
  normal: 1,
  unknown: 2,
  control: 3,
  userDefined: 4,
  unused: 5,
  byte: 6,
} as const;

/** A SentencePiece ("llama") vocabulary: parallel arrays indexed by token id. */
export interface SentencePieceVocabulary {
  /** Pieces with `▁` (U+2581) for a space, as SentencePiece writes them. */
  readonly tokens: readonly string[];
  /** Merge priorities: the tokenizer merges the adjacent pair whose result scores highest. */
  readonly scores: readonly number[];
  /** Values of {@link SENTENCE_PIECE_TOKEN_TYPES}. */
  readonly types: readonly number[];
  readonly bosTokenId: number;
  readonly eosTokenId: number;
  readonly unknownTokenId: number;
  readonly paddingTokenId?: number;
  /** Whether tokenizing a prompt starts with BOS (default true, as llama/TinyLlama). */
  readonly addBosToken?: boolean;
  /** Default false. */
  readonly addEosToken?: boolean;
  /** Whether a space is prepended to the text before tokenizing (default true, SentencePiece's habit). */
  readonly addSpacePrefix?: boolean;
}

/**
 * Weights of one block. Matrices are row-major `[outputs, inputs]`, exactly like PyTorch's
 * `nn.Linear.weight`, which is also ggml's layout (`dims = [inputs, outputs]`).
 */
export interface LlamaBlockWeights {
  readonly attentionNorm: Float32Array;
  /** `[headCount·headDim, embeddingLength]`; see {@link llamaGgufContents} on rotary pairs. */
  readonly attentionQuery: Float32Array;
  /** `[headCountKv·headDim, embeddingLength]`. */
  readonly attentionKey: Float32Array;
  readonly attentionValue: Float32Array;
  /** `[embeddingLength, headCount·headDim]`. */
  readonly attentionOutput: Float32Array;
  readonly feedForwardNorm: Float32Array;
  /** `[feedForwardLength, embeddingLength]`. */
  readonly feedForwardGate: Float32Array;
  readonly feedForwardUp: Float32Array;
  /** `[embeddingLength, feedForwardLength]`. */
  readonly feedForwardDown: Float32Array;
}

export interface LlamaWeights {
  /** `[vocabulary, embeddingLength]`. */
  readonly tokenEmbedding: Float32Array;
  readonly blocks: readonly LlamaBlockWeights[];
  readonly outputNorm: Float32Array;
  /** `[vocabulary, embeddingLength]`; omit to tie it to `tokenEmbedding` (llama.cpp falls back to it). */
  readonly output?: Float32Array;
}

export interface LlamaGgufModel {
  /** `general.name`. */
  readonly name: string;
  readonly hyperparameters: LlamaHyperparameters;
  readonly vocabulary: SentencePieceVocabulary;
  readonly weights: LlamaWeights;
  /** Storage of the 2-D tensors (norms are always F32, as llama.cpp expects). Default "F16". */
  readonly matrixType?: GgufTensorType;
  /** A Jinja chat template (`tokenizer.chat_template`); omit for a completion-style model. */
  readonly chatTemplate?: string;
  /** More metadata, appended as is (e.g. `general.description`). */
  readonly extraMetadata?: readonly GgufMetadataEntry[];
}

/**
 * The GGUF contents (metadata and tensors, named as llama.cpp's `llama` architecture loads them)
 * of a llama-architecture model with a SentencePiece vocabulary; pass the result to `writeGguf`.
 * Used by the test fixture builder (random weights) and by the export of our trained planner.
 *
 * Rotary embeddings: llama.cpp's `llama` architecture rotates adjacent pairs `(x[2i], x[2i+1])`
 * of each head. A model trained with Hugging Face's half-split convention (`rotate_half`) needs
 * its query/key rows permuted before export, as llama.cpp's `convert_hf_to_gguf.py` does.
 *
 * @throws TinyAgentError `planner/gguf-invalid` when a size disagrees with the hyperparameters.
 */
export function llamaGgufContents(model: LlamaGgufModel): GgufContents {
  const { hyperparameters: shape, vocabulary, weights } = model;
  const headCountKv = shape.headCountKv ?? shape.headCount;
  if (shape.embeddingLength % shape.headCount !== 0 || shape.headCount % headCountKv !== 0) {
    throw invalid(
      "embeddingLength must divide into headCount heads, and headCount into headCountKv groups.",
      {
        ...shape,
      },
    );
  }
  const headDim = shape.embeddingLength / shape.headCount;
  const vocabularySize = vocabulary.tokens.length;
  if (vocabulary.scores.length !== vocabularySize || vocabulary.types.length !== vocabularySize) {
    throw invalid("Vocabulary tokens, scores and types must have the same length.", {
      tokens: vocabularySize,
      scores: vocabulary.scores.length,
      types: vocabulary.types.length,
    });
  }
  if (weights.blocks.length !== shape.blockCount) {
    throw invalid(`Expected ${shape.blockCount} blocks of weights, got ${weights.blocks.length}.`, {});
  }
  const matrixType = model.matrixType ?? "F16";
  const embedding = shape.embeddingLength;
  const keyValueWidth = headCountKv * headDim;
  const matrix = (name: string, rows: number, columns: number, data: Float32Array): GgufTensor =>
    tensor(name, [columns, rows], matrixType, data);
  const vector = (name: string, length: number, data: Float32Array): GgufTensor =>
    tensor(name, [length], "F32", data);

  const tensors: GgufTensor[] = [
    matrix("token_embd.weight", vocabularySize, embedding, weights.tokenEmbedding),
  ];
  weights.blocks.forEach((block, index) => {
    const prefix = `blk.${index}.`;
    tensors.push(
      vector(`${prefix}attn_norm.weight`, embedding, block.attentionNorm),
      matrix(`${prefix}attn_q.weight`, embedding, embedding, block.attentionQuery),
      matrix(`${prefix}attn_k.weight`, keyValueWidth, embedding, block.attentionKey),
      matrix(`${prefix}attn_v.weight`, keyValueWidth, embedding, block.attentionValue),
      matrix(`${prefix}attn_output.weight`, embedding, embedding, block.attentionOutput),
      vector(`${prefix}ffn_norm.weight`, embedding, block.feedForwardNorm),
      matrix(`${prefix}ffn_gate.weight`, shape.feedForwardLength, embedding, block.feedForwardGate),
      matrix(`${prefix}ffn_up.weight`, shape.feedForwardLength, embedding, block.feedForwardUp),
      matrix(`${prefix}ffn_down.weight`, embedding, shape.feedForwardLength, block.feedForwardDown),
    );
  });
  tensors.push(vector("output_norm.weight", embedding, weights.outputNorm));
  if (weights.output !== undefined)
    tensors.push(matrix("output.weight", vocabularySize, embedding, weights.output));

  const metadata: GgufMetadataEntry[] = [
    { key: "general.architecture", type: "string", value: "llama" },
    { key: "general.name", type: "string", value: model.name },
    // llama_ftype: 0 = all F32, 1 = mostly F16.
    { key: "general.file_type", type: "uint32", value: matrixType === "F32" ? 0 : 1 },
    { key: "llama.vocab_size", type: "uint32", value: vocabularySize },
    { key: "llama.context_length", type: "uint32", value: shape.contextLength },
    { key: "llama.embedding_length", type: "uint32", value: embedding },
    { key: "llama.block_count", type: "uint32", value: shape.blockCount },
    { key: "llama.feed_forward_length", type: "uint32", value: shape.feedForwardLength },
    { key: "llama.attention.head_count", type: "uint32", value: shape.headCount },
    { key: "llama.attention.head_count_kv", type: "uint32", value: headCountKv },
    { key: "llama.rope.dimension_count", type: "uint32", value: headDim },
    { key: "llama.rope.freq_base", type: "float32", value: shape.ropeFreqBase ?? 10_000 },
    {
      key: "llama.attention.layer_norm_rms_epsilon",
      type: "float32",
      value: shape.layerNormRmsEpsilon ?? 1e-5,
    },
    { key: "tokenizer.ggml.model", type: "string", value: "llama" },
    { key: "tokenizer.ggml.tokens", type: "array", itemType: "string", value: vocabulary.tokens },
    { key: "tokenizer.ggml.scores", type: "array", itemType: "float32", value: vocabulary.scores },
    { key: "tokenizer.ggml.token_type", type: "array", itemType: "int32", value: vocabulary.types },
    { key: "tokenizer.ggml.bos_token_id", type: "uint32", value: vocabulary.bosTokenId },
    { key: "tokenizer.ggml.eos_token_id", type: "uint32", value: vocabulary.eosTokenId },
    { key: "tokenizer.ggml.unknown_token_id", type: "uint32", value: vocabulary.unknownTokenId },
    ...(vocabulary.paddingTokenId === undefined
      ? []
      : [
          {
            key: "tokenizer.ggml.padding_token_id",
            type: "uint32",
            value: vocabulary.paddingTokenId,
          } as const,
        ]),
    { key: "tokenizer.ggml.add_bos_token", type: "bool", value: vocabulary.addBosToken ?? true },
    { key: "tokenizer.ggml.add_eos_token", type: "bool", value: vocabulary.addEosToken ?? false },
    { key: "tokenizer.ggml.add_space_prefix", type: "bool", value: vocabulary.addSpacePrefix ?? true },
    ...(model.chatTemplate === undefined
      ? []
      : [{ key: "tokenizer.chat_template", type: "string", value: model.chatTemplate } as const]),
    ...(model.extraMetadata ?? []),
  ];
  return { metadata, tensors };
}

function tensor(name: string, dims: number[], type: GgufTensorType, data: Float32Array): GgufTensor {
  const expected = dims.reduce((product, dim) => product * dim, 1);
  if (data.length !== expected) {
    throw invalid(`${name} has ${data.length} values; its shape [${dims.join(", ")}] needs ${expected}.`, {
      name,
      dims,
    });
  }
  return { name, dims, type, data };
}

function invalid(message: string, context: Record<string, unknown>): TinyAgentError {
  return new TinyAgentError("planner/gguf-invalid", message, { context });
}
