/** Scalar value types of GGUF metadata (the `gguf_type` enum of ggml, names in our spelling). */
export type GgufScalarType =
  | "uint8"
  | "int8"
  | "uint16"
  | "int16"
  | "uint32"
  | "int32"
  | "uint64"
  | "int64"
  | "float32"
  | "float64"
  | "bool"
  | "string";

/** Numeric codes GGUF writes for each value type (ggml `gguf.h`). */
export const GGUF_VALUE_TYPE_CODES = {
  uint8: 0,
  int8: 1,
  uint16: 2,
  int16: 3,
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9,
  uint64: 10,
  int64: 11,
  float64: 12,
} as const;

export type GgufScalarValue = number | bigint | boolean | string;

/**
 * One metadata key/value pair. Arrays hold one item type (`itemType`); 64-bit integers may be
 * given as `bigint` when they do not fit a double exactly.
 */
export type GgufMetadataEntry =
  | { readonly key: string; readonly type: "bool"; readonly value: boolean }
  | { readonly key: string; readonly type: "string"; readonly value: string }
  | {
      readonly key: string;
      readonly type: Exclude<GgufScalarType, "bool" | "string">;
      readonly value: number | bigint;
    }
  | {
      readonly key: string;
      readonly type: "array";
      readonly itemType: GgufScalarType;
      readonly value: readonly GgufScalarValue[];
    };

/** Tensor storage types this writer produces (ggml type codes 0 and 1). */
export type GgufTensorType = "F32" | "F16";

/**
 * One tensor. `dims` are in ggml order: `dims[0]` is the innermost (contiguous) dimension, so a
 * PyTorch `[rows, columns]` matrix has `dims = [columns, rows]` and the same element order.
 * `data` is always float32 here; `type: "F16"` converts on write.
 */
export interface GgufTensor {
  readonly name: string;
  readonly dims: readonly number[];
  readonly type: GgufTensorType;
  readonly data: Float32Array;
}

/** Everything one GGUF file holds. */
export interface GgufContents {
  readonly metadata: readonly GgufMetadataEntry[];
  readonly tensors: readonly GgufTensor[];
}
