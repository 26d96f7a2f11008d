import { describe, expect, it } from "vitest";
import { findNodeMapping, type LabelledGraph } from "./findNodeMapping.js";

function graph(labels: number[], edges: [number, number][]): LabelledGraph {
  const successors = labels.map(() => new Set<number>());
  const predecessors = labels.map(() => new Set<number>());
  for (const [from, to] of edges) {
    successors[from]?.add(to);
    predecessors[to]?.add(from);
  }
  return { labels, successors, predecessors };
}

function preservesEdges(first: LabelledGraph, second: LabelledGraph, mapping: number[]): boolean {
  return first.successors.every((targets, from) =>
    [...targets].every((to) => second.successors[mapping[from] as number]?.has(mapping[to] as number)),
  );
}

describe("findNodeMapping", () => {
  it("finds a label- and edge-preserving bijection", () => {
    const first = graph([0, 0, 1], [[0, 2]]);
    const second = graph([1, 0, 0], [[2, 0]]);
    const mapping = findNodeMapping(first, second);
    expect(mapping).toEqual([2, 1, 0]);
    expect(preservesEdges(first, second, mapping as number[])).toBe(true);
  });

  it("tells apart graphs with equal label and degree counts", () => {
    // a → b → c plus a lone d, against a → b, c → d: same labels, same edge count.
    const chain = graph(
      [0, 0, 0, 0],
      [
        [0, 1],
        [1, 2],
      ],
    );
    const pairs = graph(
      [0, 0, 0, 0],
      [
        [0, 1],
        [2, 3],
      ],
    );
    expect(findNodeMapping(chain, pairs)).toBeUndefined();
    expect(findNodeMapping(graph([0, 1], []), graph([0, 0], []))).toBeUndefined();
    expect(findNodeMapping(graph([], []), graph([], []))).toEqual([]);
  });

  it("keeps searching when accept rejects a mapping", () => {
    const first = graph([0, 0], []);
    const second = graph([0, 0], []);
    expect(findNodeMapping(first, second, { accept: (mapping) => mapping[0] === 1 })).toEqual([1, 0]);
    expect(findNodeMapping(first, second, { canPair: () => false })).toBeUndefined();
  });
});
