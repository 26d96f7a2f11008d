import type { Random } from "./Random.js";

/**
 * A piece of a query. Protected pieces are slot values the gold plan copies (names, titles, date
 * phrases): style noise (typos, dropped punctuation) never touches them, so the plan and the query
 * always agree.
 */
export interface Segment {
  readonly text: string;
  readonly protected: boolean;
}

/** A slot's value: plain text is protected; segments keep their own flags (an opener is noise-able). */
export type SlotValue = string | readonly Segment[];

type Node =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "slot"; readonly name: string }
  | { readonly kind: "choice"; readonly options: readonly (readonly Node[])[] };

const parsed = new Map<string, readonly Node[]>();

function parseSequence(template: string, start: number, inChoice: boolean): { nodes: Node[]; end: number } {
  const nodes: Node[] = [];
  let text = "";
  let index = start;
  const flush = () => {
    if (text !== "") nodes.push({ kind: "text", text });
    text = "";
  };
  while (index < template.length) {
    const character = template[index] as string;
    if (inChoice && (character === "|" || character === "]")) break;
    if (character === "{") {
      const close = template.indexOf("}", index);
      if (close < 0) throw new SyntaxError(`unclosed { in template: ${template}`);
      flush();
      nodes.push({ kind: "slot", name: template.slice(index + 1, close) });
      index = close + 1;
    } else if (character === "[") {
      flush();
      const options: Node[][] = [];
      index += 1;
      for (;;) {
        const option = parseSequence(template, index, true);
        options.push(option.nodes);
        index = option.end;
        if (template[index] === "]") break;
        if (template[index] !== "|") throw new SyntaxError(`unclosed [ in template: ${template}`);
        index += 1;
      }
      nodes.push({ kind: "choice", options });
      index += 1;
    } else {
      text += character;
      index += 1;
    }
  }
  flush();
  return { nodes, end: index };
}

function parse(template: string): readonly Node[] {
  let nodes = parsed.get(template);
  if (nodes === undefined) {
    nodes = parseSequence(template, 0, false).nodes;
    parsed.set(template, nodes);
  }
  return nodes;
}

/** The slot names a template uses (for tests: every template of an intent fills the same slots). */
export function templateSlots(template: string): Set<string> {
  const names = new Set<string>();
  const visit = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.kind === "slot") names.add(node.name);
      else if (node.kind === "choice") for (const option of node.options) visit(option);
    }
  };
  visit(parse(template));
  return names;
}

/**
 * Expands a phrasing template into query segments. `[a|b|c]` picks one alternative (`[a|]` makes
 * `a` optional; choices nest), `{name}` inserts a slot. A template is the unit held out for the test
 * split, while its choices multiply the phrasings within one template.
 */
export function expandTemplate(
  template: string,
  random: Random,
  slots: Readonly<Record<string, SlotValue>>,
): Segment[] {
  const segments: Segment[] = [];
  const visit = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.kind === "text") segments.push({ text: node.text, protected: false });
      else if (node.kind === "choice") visit(random.pick(node.options));
      else {
        const value = slots[node.name];
        if (value === undefined)
          throw new RangeError(`template slot {${node.name}} has no value: ${template}`);
        if (typeof value === "string") segments.push({ text: value, protected: true });
        else segments.push(...value);
      }
    }
  };
  visit(parse(template));
  return segments;
}
