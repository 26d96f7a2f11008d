const encoder = new TextEncoder();

/** A growable little-endian byte buffer: the small part of a binary writer GGUF needs. */
export class ByteWriter {
  #bytes = new Uint8Array(1 << 16);
  #view = new DataView(this.#bytes.buffer);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  uint8(value: number): void {
    this.#reserve(1).setUint8(this.#length - 1, value);
  }

  int8(value: number): void {
    this.#reserve(1).setInt8(this.#length - 1, value);
  }

  uint16(value: number): void {
    this.#reserve(2).setUint16(this.#length - 2, value, true);
  }

  int16(value: number): void {
    this.#reserve(2).setInt16(this.#length - 2, value, true);
  }

  uint32(value: number): void {
    this.#reserve(4).setUint32(this.#length - 4, value, true);
  }

  int32(value: number): void {
    this.#reserve(4).setInt32(this.#length - 4, value, true);
  }

  uint64(value: number | bigint): void {
    this.#reserve(8).setBigUint64(this.#length - 8, BigInt(value), true);
  }

  int64(value: number | bigint): void {
    this.#reserve(8).setBigInt64(this.#length - 8, BigInt(value), true);
  }

  float32(value: number): void {
    this.#reserve(4).setFloat32(this.#length - 4, value, true);
  }

  float64(value: number): void {
    this.#reserve(8).setFloat64(this.#length - 8, value, true);
  }

  /** GGUF string: uint64 byte length, then UTF-8 bytes, no terminator. */
  string(value: string): void {
    const utf8 = encoder.encode(value);
    this.uint64(utf8.length);
    this.bytes(utf8);
  }

  bytes(value: Uint8Array): void {
    this.#reserve(value.length);
    this.#bytes.set(value, this.#length - value.length);
  }

  /** Zero bytes up to the next multiple of `alignment`. */
  pad(alignment: number): void {
    const padding = (alignment - (this.#length % alignment)) % alignment;
    this.#reserve(padding);
  }

  /** The written bytes (a copy sized exactly). */
  toBytes(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }

  /** Grows the buffer so `size` more bytes fit, advances the length, and returns the view to write through. */
  #reserve(size: number): DataView {
    const needed = this.#length + size;
    if (needed > this.#bytes.length) {
      let capacity = this.#bytes.length * 2;
      while (capacity < needed) capacity *= 2;
      const grown = new Uint8Array(capacity);
      grown.set(this.#bytes.subarray(0, this.#length));
      this.#bytes = grown;
      this.#view = new DataView(grown.buffer);
    }
    this.#length = needed;
    return this.#view;
  }
}
