/**
 * A single-consumer queue that turns callbacks (node-llama-cpp's `onTextChunk`) into an
 * `AsyncIterable`: producers `push` and finally `close` or `fail`; the consumer iterates.
 */
export class AsyncQueue<T> implements AsyncIterable<T> {
  readonly #items: T[] = [];
  #waiting: (() => void) | undefined;
  #closed = false;
  #error: { readonly error: unknown } | undefined;

  push(item: T): void {
    if (this.#closed) return;
    this.#items.push(item);
    this.#wake();
  }

  close(): void {
    this.#closed = true;
    this.#wake();
  }

  /** Ends iteration with `error` once the items already queued have been taken. */
  fail(error: unknown): void {
    if (this.#closed) return;
    this.#error = { error };
    this.close();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    while (true) {
      const item = this.#items.shift();
      if (item !== undefined) {
        yield item;
        continue;
      }
      if (this.#closed) {
        if (this.#error !== undefined) throw this.#error.error;
        return;
      }
      await new Promise<void>((resolve) => {
        this.#waiting = resolve;
      });
    }
  }

  #wake(): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.();
  }
}
