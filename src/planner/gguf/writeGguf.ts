import { TinyAgentError } from "../../base/index.js";
import { ByteWriter } from "./ByteWriter.js";
import { float32ToFloat16Bits } from "./float16.js";
import {
  GGUF_VALUE_TYPE_CODES,
  type GgufContents,
  type GgufMetadataEntry,
  type GgufScalarType,
  type GgufScalarValue,
  type GgufTensor,
} from "./GgufContents.js";

/** "GGUF" read as a little-endian uint32. */
const GGUF_MAGIC = 0x46554747;
const GGUF_VERSION = 3;
/** ggml's default when `general.alignment` is absent. */
const DEFAULT_ALIGNMENT = 32;
const GGML_TYPE_CODES = { F32: 0, F16: 1 } as const;

/**
 * Serialises `contents` as a GGUF v3 file (little-endian): header, typed metadata, tensor infos,
 * padding to `general.alignment` (default 32), then each tensor's data, each aligned. This is the
 * format llama.cpp (and node-llama-cpp) load; we write it ourselves so tests can generate small
 * models and `scripts/` can export our trained planner without Python.
 *
 * @throws TinyAgentError `planner/gguf-invalid` for duplicate keys or tensor names, a tensor whose
 * data length does not match its dims, or a value that does not fit its declared type.
 */
export function writeGguf(contents: GgufContents): Uint8Array {
  const alignment = resolveAlignment(contents.metadata);
  checkUnique(
    contents.metadata.map((entry) => entry.key),
    "metadata key",
  );
  checkUnique(
    contents.tensors.map((tensor) => tensor.name),
    "tensor name",
  );

  const writer = new ByteWriter();
  writer.uint32(GGUF_MAGIC);
  writer.uint32(GGUF_VERSION);
  writer.uint64(contents.tensors.length);
  writer.uint64(contents.metadata.length);
  for (const entry of contents.metadata) writeEntry(writer, entry);

  let offset = 0;
  for (const tensor of contents.tensors) {
    checkTensor(tensor);
    writer.string(tensor.name);
    writer.uint32(tensor.dims.length);
    for (const dim of tensor.dims) writer.uint64(dim);
    writer.uint32(GGML_TYPE_CODES[tensor.type]);
    writer.uint64(offset);
    offset = alignUp(offset + tensorByteLength(tensor), alignment);
  }

  writer.pad(alignment);
  for (const tensor of contents.tensors) {
    writeTensorData(writer, tensor);
    writer.pad(alignment);
  }
  return writer.toBytes();
}

function resolveAlignment(metadata: readonly GgufMetadataEntry[]): number {
  const entry = metadata.find((item) => item.key === "general.alignment");
  if (entry === undefined) return DEFAULT_ALIGNMENT;
  const value = Number(entry.value);
  if (entry.type !== "uint32" || !Number.isInteger(value) || value <= 0 || (value & (value - 1)) !== 0) {
    throw invalid("general.alignment must be a uint32 power of two.", { value: entry.value });
  }
  return value;
}

function writeEntry(writer: ByteWriter, entry: GgufMetadataEntry): void {
  writer.string(entry.key);
  writer.uint32(GGUF_VALUE_TYPE_CODES[entry.type]);
  if (entry.type === "array") {
    writer.uint32(GGUF_VALUE_TYPE_CODES[entry.itemType]);
    writer.uint64(entry.value.length);
    for (const item of entry.value) writeScalar(writer, entry.itemType, item, entry.key);
  } else {
    writeScalar(writer, entry.type, entry.value, entry.key);
  }
}

function writeScalar(writer: ByteWriter, type: GgufScalarType, value: GgufScalarValue, key: string): void {
  if (type === "string") {
    if (typeof value !== "string") throw mismatch(key, type, value);
    writer.string(value);
    return;
  }
  if (type === "bool") {
    if (typeof value !== "boolean") throw mismatch(key, type, value);
    writer.uint8(value ? 1 : 0);
    return;
  }
  if (typeof value !== "number" && typeof value !== "bigint") throw mismatch(key, type, value);
  if (type === "float32" || type === "float64") {
    writer[type](Number(value));
    return;
  }
  if (type === "uint64" || type === "int64") {
    if (typeof value === "number" && !Number.isSafeInteger(value)) throw mismatch(key, type, value);
    writer[type](value);
    return;
  }
  const number = Number(value);
  const [min, max] = INTEGER_RANGES[type];
  if (!Number.isInteger(number) || number < min || number > max) throw mismatch(key, type, value);
  writer[type](number);
}

const INTEGER_RANGES = {
  uint8: [0, 0xff],
  int8: [-0x80, 0x7f],
  uint16: [0, 0xffff],
  int16: [-0x8000, 0x7fff],
  uint32: [0, 0xffffffff],
  int32: [-0x80000000, 0x7fffffff],
} as const;

function checkTensor(tensor: GgufTensor): void {
  if (tensor.dims.length === 0 || tensor.dims.length > 4) {
    throw invalid(`Tensor ${tensor.name} must have 1 to 4 dims.`, { name: tensor.name, dims: tensor.dims });
  }
  const count = tensor.dims.reduce((product, dim) => product * dim, 1);
  if (tensor.dims.some((dim) => !Number.isInteger(dim) || dim <= 0) || count !== tensor.data.length) {
    throw invalid(
      `Tensor ${tensor.name} has ${tensor.data.length} values for dims [${tensor.dims.join(", ")}].`,
      {
        name: tensor.name,
        dims: tensor.dims,
        length: tensor.data.length,
      },
    );
  }
}

function tensorByteLength(tensor: GgufTensor): number {
  return tensor.data.length * (tensor.type === "F32" ? 4 : 2);
}

function writeTensorData(writer: ByteWriter, tensor: GgufTensor): void {
  const bytes = new Uint8Array(tensorByteLength(tensor));
  const view = new DataView(bytes.buffer);
  if (tensor.type === "F32") {
    for (let index = 0; index < tensor.data.length; index++)
      view.setFloat32(index * 4, tensor.data[index] ?? 0, true);
  } else {
    for (let index = 0; index < tensor.data.length; index++) {
      view.setUint16(index * 2, float32ToFloat16Bits(tensor.data[index] ?? 0), true);
    }
  }
  writer.bytes(bytes);
}

function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment;
}

function checkUnique(names: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw invalid(`Duplicate ${what} "${name}".`, { name });
    seen.add(name);
  }
}

function mismatch(key: string, type: GgufScalarType, value: unknown): TinyAgentError {
  return invalid(`Metadata ${key}: ${String(value)} is not a valid ${type}.`, { key, type, value });
}

function invalid(message: string, context: Record<string, unknown>): TinyAgentError {
  return new TinyAgentError("planner/gguf-invalid", message, { context });
}
