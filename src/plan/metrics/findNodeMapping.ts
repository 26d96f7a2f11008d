/** The part of a graph that structure matching needs. Nodes are 0..labels.length - 1. */
export interface LabelledGraph {
  /** Node classes: two nodes may correspond only if their labels are equal. */
  readonly labels: readonly number[];
  readonly successors: readonly ReadonlySet<number>[];
  readonly predecessors: readonly ReadonlySet<number>[];
}

/** Options for {@link findNodeMapping}. */
export interface NodeMappingOptions {
  /**
   * Extra test for placing `node` (of the first graph) on `image` (of the second), given the
   * nodes placed so far (`mapping[n]` undefined for the others). It must only reject pairs that
   * no completion could accept.
   */
  readonly canPair?: (node: number, image: number, mapping: readonly (number | undefined)[]) => boolean;
  /** Final test on a complete mapping; the search goes on when it returns false. */
  readonly accept?: (mapping: readonly number[]) => boolean;
  /** Most candidate pairs tried before giving up (no mapping). Plans never come near the default. */
  readonly budget?: number;
}

/**
 * Colour refinement over both graphs at once: a node's colour becomes its label plus the multisets
 * of its predecessors' and successors' colours, until the number of classes stops growing.
 * Corresponding nodes of an isomorphism always share a colour, so candidates can be restricted
 * to equal colours without losing exactness.
 */
function refineColours(first: LabelledGraph, second: LabelledGraph): number[] {
  const graphs = [first, second];
  const count = first.labels.length;
  let colours = [...first.labels, ...second.labels];
  let classes = new Set(colours).size;
  for (let round = 0; round < 2 * count; round += 1) {
    const ids = new Map<string, number>();
    const next = colours.map((colour, position) => {
      const graph = graphs[position < count ? 0 : 1] as LabelledGraph;
      const offset = position < count ? 0 : count;
      const local = position - offset;
      const around = (nodes: ReadonlySet<number> | undefined) =>
        [...(nodes ?? [])]
          .map((node) => colours[node + offset])
          .sort((left, right) => (left ?? 0) - (right ?? 0))
          .join(",");
      const key = `${colour}|${around(graph.predecessors[local])}|${around(graph.successors[local])}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      return id;
    });
    colours = next;
    if (ids.size === classes) break;
    classes = ids.size;
  }
  return colours;
}

/** Kahn's order (earliest position first), so a node is placed after the nodes it depends on. */
function placementOrder(graph: LabelledGraph): number[] {
  const count = graph.labels.length;
  const waiting = graph.predecessors.map((nodes) => nodes.size);
  const order: number[] = [];
  const placed = new Set<number>();
  while (order.length < count) {
    let next = -1;
    for (let node = 0; node < count; node += 1) {
      if (!placed.has(node) && waiting[node] === 0) {
        next = node;
        break;
      }
    }
    // A cycle leaves nothing ready: place the rest by position; the search stays exact.
    if (next === -1) next = [...Array(count).keys()].find((node) => !placed.has(node)) ?? 0;
    placed.add(next);
    order.push(next);
    for (const successor of graph.successors[next] ?? []) waiting[successor] = (waiting[successor] ?? 0) - 1;
  }
  return order;
}

/**
 * Whether every node can get a distinct candidate (Kuhn's augmenting paths). Checked once before
 * the search, it turns plans like twelve look-ups of one name against eleven of it plus another
 * into an immediate no instead of a factorial search.
 */
function hasPerfectMatching(candidates: readonly (readonly number[])[]): boolean {
  const owner: (number | undefined)[] = new Array(candidates.length).fill(undefined);
  const augment = (node: number, seen: Set<number>): boolean => {
    for (const image of candidates[node] ?? []) {
      if (seen.has(image)) continue;
      seen.add(image);
      const current = owner[image];
      if (current === undefined || augment(current, seen)) {
        owner[image] = node;
        return true;
      }
    }
    return false;
  };
  return candidates.every((_, node) => augment(node, new Set()));
}

function edgeCount(graph: LabelledGraph): number {
  return graph.successors.reduce((total, nodes) => total + nodes.size, 0);
}

/**
 * Finds a bijection from the nodes of `first` onto the nodes of `second` that preserves labels
 * and edges in both directions (a labelled digraph isomorphism, what `networkx.is_isomorphic`
 * decides), optionally also passing `canPair` and `accept`. Returns `mapping` with
 * `mapping[node] = image`, or undefined when there is none (or, for inputs far beyond plan
 * sizes, when `budget` runs out). Exact: refined colours and a matching check prune, backtracking
 * decides.
 */
export function findNodeMapping(
  first: LabelledGraph,
  second: LabelledGraph,
  options: NodeMappingOptions = {},
): number[] | undefined {
  const count = first.labels.length;
  if (count !== second.labels.length || edgeCount(first) !== edgeCount(second)) return undefined;
  const colours = refineColours(first, second);
  const histogram = new Map<number, number>();
  for (const [position, colour] of colours.entries()) {
    histogram.set(colour, (histogram.get(colour) ?? 0) + (position < count ? 1 : -1));
  }
  if ([...histogram.values()].some((balance) => balance !== 0)) return undefined;

  const mapping: (number | undefined)[] = new Array(count).fill(undefined);
  const inverse: (number | undefined)[] = new Array(count).fill(undefined);
  // Candidates judged with nothing else placed: canPair only rejects what no mapping accepts.
  const candidates = first.labels.map((_, node) =>
    [...Array(count).keys()].filter(
      (image) =>
        colours[count + image] === colours[node] &&
        (!options.canPair || options.canPair(node, image, mapping)),
    ),
  );
  if (!hasPerfectMatching(candidates)) return undefined;

  const order = placementOrder(first);
  let budget = options.budget ?? 1_000_000;

  const consistent = (node: number, image: number): boolean => {
    const sides = [
      [first.predecessors[node], second.predecessors[image]],
      [first.successors[node], second.successors[image]],
    ] as const;
    for (const [mine, theirs] of sides) {
      for (const neighbour of mine ?? []) {
        const mapped = mapping[neighbour];
        if (mapped !== undefined && !theirs?.has(mapped)) return false;
      }
      for (const neighbour of theirs ?? []) {
        const source = inverse[neighbour];
        if (source !== undefined && !mine?.has(source)) return false;
      }
    }
    return true;
  };

  const place = (step: number): boolean => {
    if (step === count) return options.accept ? options.accept(mapping as number[]) : true;
    const node = order[step] as number;
    for (const image of candidates[node] ?? []) {
      if (inverse[image] !== undefined) continue;
      budget -= 1;
      if (budget < 0) return false;
      if (!consistent(node, image)) continue;
      if (options.canPair && !options.canPair(node, image, mapping)) continue;
      mapping[node] = image;
      inverse[image] = node;
      if (place(step + 1)) return true;
      mapping[node] = undefined;
      inverse[image] = undefined;
    }
    return false;
  };

  return place(0) ? (mapping as number[]) : undefined;
}
