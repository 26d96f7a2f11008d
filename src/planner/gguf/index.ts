export { float32ToFloat16Bits } from "./float16.js";
export {
  GGUF_VALUE_TYPE_CODES,
  type GgufContents,
  type GgufMetadataEntry,
  type GgufScalarType,
  type GgufScalarValue,
  type GgufTensor,
  type GgufTensorType,
} from "./GgufContents.js";
export {
  type LlamaBlockWeights,
  type LlamaGgufModel,
  type LlamaHyperparameters,
  type LlamaWeights,
  llamaGgufContents,
  SENTENCE_PIECE_TOKEN_TYPES,
  type SentencePieceVocabulary,
} from "./llamaGgufContents.js";
export { writeGguf } from "./writeGguf.js";
