import { describe, expect, it } from "vitest";
import { writeGguf } from "./writeGguf.js";

/** A minimal GGUF reader, independent of the writer, to check the layout byte by byte. */
function readGguf(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  let at = 0;
  const u32 = () => {
    at += 4;
    return view.getUint32(at - 4, true);
  };
  const u64 = () => {
    at += 8;
    return Number(view.getBigUint64(at - 8, true));
  };
  const string = () => {
    const length = u64();
    at += length;
    return decoder.decode(bytes.subarray(at - length, at));
  };
  const scalar = (type: number): unknown => {
    switch (type) {
      case 0:
        return view.getUint8(at++);
      case 4:
        return u32();
      case 5:
        at += 4;
        return view.getInt32(at - 4, true);
      case 6:
        at += 4;
        return view.getFloat32(at - 4, true);
      case 7:
        return view.getUint8(at++) === 1;
      case 8:
        return string();
      case 10:
        return u64();
      case 12:
        at += 8;
        return view.getFloat64(at - 8, true);
      default:
        throw new Error(`type ${type} not handled by the test reader`);
    }
  };
  const magic = decoder.decode(bytes.subarray(0, 4));
  at = 4;
  const version = u32();
  const tensorCount = u64();
  const keyCount = u64();
  const metadata: Record<string, unknown> = {};
  for (let index = 0; index < keyCount; index++) {
    const key = string();
    const type = u32();
    if (type === 9) {
      const itemType = u32();
      const length = u64();
      metadata[key] = Array.from({ length }, () => scalar(itemType));
    } else {
      metadata[key] = scalar(type);
    }
  }
  const tensors: { name: string; dims: number[]; type: number; offset: number }[] = [];
  for (let index = 0; index < tensorCount; index++) {
    const name = string();
    const dims = Array.from({ length: u32() }, () => u64());
    tensors.push({ name, dims, type: u32(), offset: u64() });
  }
  const alignment = typeof metadata["general.alignment"] === "number" ? metadata["general.alignment"] : 32;
  const dataStart = Math.ceil(at / alignment) * alignment;
  return { magic, version, metadata, tensors, dataStart, view };
}

describe("writeGguf", () => {
  it("writes a GGUF v3 header, typed metadata and aligned tensor data", () => {
    const bytes = writeGguf({
      metadata: [
        { key: "general.architecture", type: "string", value: "llama" },
        { key: "llama.block_count", type: "uint32", value: 2 },
        { key: "some.signed", type: "int32", value: -7 },
        { key: "some.float", type: "float32", value: 0.5 },
        { key: "some.double", type: "float64", value: 0.1 },
        { key: "some.flag", type: "bool", value: true },
        { key: "some.big", type: "uint64", value: 2n ** 40n },
        { key: "tokenizer.ggml.tokens", type: "array", itemType: "string", value: ["<unk>", "▁hé", "👋"] },
        { key: "tokenizer.ggml.scores", type: "array", itemType: "float32", value: [0, -1.5, -2] },
        { key: "tokenizer.ggml.token_type", type: "array", itemType: "int32", value: [2, 1, 6] },
      ],
      tensors: [
        { name: "a", dims: [3], type: "F32", data: new Float32Array([1, 2, 3]) },
        { name: "b", dims: [2, 2], type: "F16", data: new Float32Array([1, -2, 0.5, 0]) },
      ],
    });
    const file = readGguf(bytes);
    expect(file.magic).toBe("GGUF");
    expect(file.version).toBe(3);
    expect(file.metadata).toEqual({
      "general.architecture": "llama",
      "llama.block_count": 2,
      "some.signed": -7,
      "some.float": 0.5,
      "some.double": 0.1,
      "some.flag": true,
      "some.big": 2 ** 40,
      "tokenizer.ggml.tokens": ["<unk>", "▁hé", "👋"],
      "tokenizer.ggml.scores": [0, -1.5, -2],
      "tokenizer.ggml.token_type": [2, 1, 6],
    });
    expect(file.tensors).toEqual([
      { name: "a", dims: [3], type: 0, offset: 0 },
      { name: "b", dims: [2, 2], type: 1, offset: 32 },
    ]);
    expect(file.dataStart % 32).toBe(0);
    const a = file.dataStart;
    expect([0, 1, 2].map((index) => file.view.getFloat32(a + index * 4, true))).toEqual([1, 2, 3]);
    const b = file.dataStart + 32;
    expect([0, 1, 2, 3].map((index) => file.view.getUint16(b + index * 2, true))).toEqual([
      0x3c00, 0xc000, 0x3800, 0x0000,
    ]);
    expect(bytes.length % 32).toBe(0);
  });

  it("honours general.alignment", () => {
    const bytes = writeGguf({
      metadata: [{ key: "general.alignment", type: "uint32", value: 64 }],
      tensors: [
        { name: "a", dims: [1], type: "F32", data: new Float32Array([1]) },
        { name: "b", dims: [1], type: "F32", data: new Float32Array([2]) },
      ],
    });
    const file = readGguf(bytes);
    expect(file.dataStart % 64).toBe(0);
    expect(file.tensors.map((tensor) => tensor.offset)).toEqual([0, 64]);
    expect(file.view.getFloat32(file.dataStart + 64, true)).toBe(2);
  });

  it("rejects inconsistent input with a planner/gguf-invalid error", () => {
    const tensor = { name: "t", dims: [2, 2], type: "F32", data: new Float32Array(3) } as const;
    expect(() => writeGguf({ metadata: [], tensors: [tensor] })).toThrow(
      expect.objectContaining({ code: "planner/gguf-invalid" }),
    );
    const key = { key: "k", type: "uint32", value: 1 } as const;
    expect(() => writeGguf({ metadata: [key, key], tensors: [] })).toThrow(/Duplicate metadata key/);
    expect(() => writeGguf({ metadata: [{ key: "k", type: "uint8", value: 300 }], tensors: [] })).toThrow(
      /not a valid uint8/,
    );
    expect(() =>
      writeGguf({ metadata: [{ key: "k", type: "array", itemType: "string", value: [1] }], tensors: [] }),
    ).toThrow(/not a valid string/);
    expect(() =>
      writeGguf({ metadata: [{ key: "general.alignment", type: "uint32", value: 24 }], tensors: [] }),
    ).toThrow(/power of two/);
  });
});
