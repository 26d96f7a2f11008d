import MiniSearch from "minisearch";
import { throwIfAborted } from "../base/index.js";
import { formatExample, type PlanExample } from "./PlanExample.js";
import { searchTerm } from "./searchTerm.js";

/** The reference puts the 6 most similar examples in the prompt (`TinyAgent._DEFAULT_TOP_K`). */
export const DEFAULT_EXAMPLE_COUNT = 6;

/**
 * A local embedding model: one vector per text, in order. With one, the bank ranks by cosine
 * similarity as the reference did with OpenAI embeddings; without, by BM25.
 */
export type EmbedTexts = (
  texts: readonly string[],
  options: { readonly signal?: AbortSignal },
) => Promise<readonly ArrayLike<number>[]>;

export interface RetrieveOptions {
  /** The selected tools: an example is kept only when every tool it uses is among them. */
  readonly tools: Iterable<string>;
  /** How many examples to return at most (default 6). */
  readonly count?: number;
  readonly signal?: AbortSignal;
}

/**
 * In-context example retrieval for the planner prompt (spec §5), local and fast: keep the examples
 * whose tools are a subset of the selected tools; when no more than `count` survive, take them all
 * in bank order (as the reference does); otherwise rank them by similarity to the query, BM25 by
 * default or cosine when an embedding function is given, and take the best `count`. BM25 leaves
 * examples that share no word with the query unranked: they follow the ranked ones in bank
 * order, so the prompt still gets `count` examples of the right tools.
 */
export class ExampleBank {
  readonly #examples: readonly PlanExample[];
  readonly #embed: EmbedTexts | undefined;
  #index: MiniSearch<{ id: number; query: string }> | undefined;
  #vectors: Promise<readonly ArrayLike<number>[]> | undefined;

  constructor(examples: readonly PlanExample[], options: { readonly embed?: EmbedTexts } = {}) {
    this.#examples = examples;
    this.#embed = options.embed;
  }

  get size(): number {
    return this.#examples.length;
  }

  /** The chosen examples, most similar first. */
  async search(query: string, options: RetrieveOptions): Promise<PlanExample[]> {
    throwIfAborted(options.signal);
    const count = options.count ?? DEFAULT_EXAMPLE_COUNT;
    const selected = new Set(options.tools);
    const survivors: number[] = [];
    this.#examples.forEach((example, index) => {
      if (example.tools.every((tool) => selected.has(tool))) survivors.push(index);
    });
    if (survivors.length <= count) return survivors.map((index) => this.#at(index));
    const ranked = this.#embed
      ? await this.#rankByCosine(query, survivors, this.#embed, options.signal)
      : this.#rankByBm25(query, survivors);
    return ranked.slice(0, count).map((index) => this.#at(index));
  }

  /** The chosen examples formatted for the `tinyagent` prompt (`Question: …` + plan + "\n"). */
  async retrieve(query: string, options: RetrieveOptions): Promise<string[]> {
    return (await this.search(query, options)).map(formatExample);
  }

  #at(index: number): PlanExample {
    return this.#examples[index] as PlanExample;
  }

  #rankByBm25(query: string, survivors: readonly number[]): number[] {
    if (this.#index === undefined) {
      this.#index = new MiniSearch({ fields: ["query"], processTerm: searchTerm });
      this.#index.addAll(this.#examples.map((example, id) => ({ id, query: example.query })));
    }
    const allowed = new Set(survivors);
    const matched = this.#index
      .search(query, { filter: (result) => allowed.has(result.id as number) })
      .map((result) => result.id as number);
    const ranked = new Set(matched);
    return [...matched, ...survivors.filter((index) => !ranked.has(index))];
  }

  async #rankByCosine(
    query: string,
    survivors: readonly number[],
    embed: EmbedTexts,
    signal: AbortSignal | undefined,
  ): Promise<number[]> {
    const options = signal ? { signal } : {};
    // Embedded once, on first use: the bank is fixed for the selector's lifetime.
    this.#vectors ??= embed(
      this.#examples.map((example) => example.query),
      {},
    ).catch((error: unknown) => {
      // A failed embedding is retried on the next query instead of failing every query after it.
      this.#vectors = undefined;
      throw error;
    });
    const [vectors, [target]] = await Promise.all([this.#vectors, embed([query], options)]);
    if (target === undefined) return [...survivors];
    const similarity = new Map(survivors.map((index) => [index, cosine(target, vectors[index] ?? [])]));
    return [...survivors].sort(
      (left, right) => (similarity.get(right) ?? 0) - (similarity.get(left) ?? 0) || left - right,
    );
  }
}

function cosine(left: ArrayLike<number>, right: ArrayLike<number>): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const a = left[index] as number;
    const b = right[index] as number;
    dot += a * b;
    leftNorm += a * a;
    rightNorm += b * b;
  }
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}
