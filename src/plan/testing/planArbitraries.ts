// Test-only: fast-check is a dev dependency, so nothing outside tests may import this file (and
// src/plan/index.ts does not export it).
import fc from "fast-check";
import type { ToolParam, ToolRegistry, ToolSpec } from "../../tools/index.js";
import type { PlanValue } from "../types.js";

/** A plan text and how a model might have streamed it. */
export interface ChunkedPlan {
  readonly text: string;
  readonly chunks: readonly string[];
}

const NAMES = ["Sid", "Lutfi Eren", "Eren Erdoğan", "Amir", "Zoë O'Neil", "李雷", "😀 Emoji"];
const FREE_TEXT = [
  "Hi (there)",
  'say "hello"',
  "tab\there",
  "line\nbreak",
  "back\\slash",
  "# not a comment",
  "Meeting Postponed,",
  "",
];

const REFERENCE_LIKE = /\$\{?\d/;

/** A Python-literal rendering (the subset plan lines use), with a random quote style. */
export function pythonLiteral(value: PlanValue, quote: "'" | '"' = '"'): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return quoteString(value, quote);
  if (Array.isArray(value)) return `[${value.map((item) => pythonLiteral(item, quote)).join(", ")}]`;
  const entries = Object.entries(value).map(
    ([key, item]) => `${quoteString(key, quote)}: ${pythonLiteral(item, quote)}`,
  );
  return `{${entries.join(", ")}}`;
}

function quoteString(text: string, quote: "'" | '"'): string {
  const escaped = [...text]
    .map((character) => {
      if (character === "\\") return "\\\\";
      if (character === quote) return `\\${quote}`;
      if (character === "\n") return "\\n";
      if (character === "\t") return "\\t";
      if (character === "\r") return "\\r";
      return character;
    })
    .join("");
  return `${quote}${escaped}${quote}`;
}

/** A string argument: names, tricky free text, `$N` references to earlier steps, or anything. */
function stringArbitrary(earlierSteps: number): fc.Arbitrary<string> {
  const options: fc.Arbitrary<string>[] = [
    fc.constantFrom(...NAMES),
    fc.constantFrom(...FREE_TEXT),
    // Random text never spells a reference by chance, so valid plans stay valid.
    fc.string({ unit: "grapheme", maxLength: 12 }).filter((text) => !REFERENCE_LIKE.test(text)),
    fc.string({ unit: "binary", maxLength: 6 }).filter((text) => !REFERENCE_LIKE.test(text)),
  ];
  if (earlierSteps > 0) {
    options.push(
      fc.integer({ min: 1, max: earlierSteps }).map((step) => `$${step}`),
      fc.integer({ min: 1, max: earlierSteps }).map((step) => `\${${step}}`),
      fc.integer({ min: 1, max: earlierSteps }).map((step) => `costs $${step} today`),
    );
  }
  return fc.oneof(...options);
}

function paramArbitrary(param: ToolParam, earlierSteps: number): fc.Arbitrary<PlanValue> {
  let value: fc.Arbitrary<PlanValue>;
  if (param.kind === "enum" && param.values) value = fc.constantFrom(...param.values);
  else if (param.type === "int") value = fc.integer({ min: -5, max: 500 });
  else if (param.type === "bool") value = fc.boolean();
  else if (param.type === "str") value = stringArbitrary(earlierSteps);
  else {
    const item = stringArbitrary(earlierSteps);
    value = fc.oneof(fc.array(item, { maxLength: 3 }), item);
  }
  return param.nullable
    ? fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) })
    : value;
}

function actionLineArbitrary(tool: ToolSpec, step: number): fc.Arbitrary<string> {
  const args = fc.tuple(...tool.params.map((param) => paramArbitrary(param, step - 1)));
  const thought = fc.option(
    fc
      .tuple(fc.string({ unit: "grapheme", maxLength: 20 }), fc.constantFrom("\n", "\n\n"))
      .map(([text, newline]) => `Thought: ${text.replaceAll("\n", " ")}${newline}`),
    { nil: "" },
  );
  return fc
    .record({
      args,
      thought,
      quote: fc.constantFrom<"'" | '"'>("'", '"'),
      compact: fc.boolean(),
      // Blank lines and CRLF are legal and exercise the reference's "\n\n" bug.
      newline: fc.constantFrom("\n", "\n", "\n", "\n\n", "\r\n", " \n"),
    })
    .map(({ args, thought, quote, compact, newline }) => {
      const rendered = args.map((value) => pythonLiteral(value, quote)).join(compact ? "," : ", ");
      return `${thought}${step}. ${tool.name}(${rendered})${newline}`;
    });
}

/**
 * Well-formed plans over the registry's tools: 0–6 steps with random arguments, `$N`/`${N}`
 * references to earlier steps, optional thoughts, and a final `join()` ending in
 * `<END_OF_PLAN>`, a newline or nothing.
 */
export function validPlanArbitrary(registry: ToolRegistry): fc.Arbitrary<string> {
  const tools = registry.list();
  return fc
    .array(fc.constantFrom(...tools), { maxLength: 6 })
    .chain((chosen) =>
      fc.tuple(
        fc.tuple(...chosen.map((tool, index) => actionLineArbitrary(tool, index + 1))),
        fc.option(fc.constantFrom("Thought: I have succesfully done it.\n", "Thought: done\n"), { nil: "" }),
        fc.constantFrom("<END_OF_PLAN>", "\n", "", "<END_OF_PLAN>\n"),
        fc.constant(chosen.length + 1),
      ),
    )
    .map(([lines, thought, ending, joinStep]) => `${lines.join("")}${thought}${joinStep}. join()${ending}`);
}

const NOISE = [
  "\n",
  "\n\n",
  " ",
  '"',
  "'",
  "(",
  ")",
  "[",
  "]",
  ",",
  "$",
  "$1",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ${N} is plan text here, not a template.
  "${2}",
  "#",
  "\\",
  "1. ",
  "2. join()",
  "join()",
  "Thought: ",
  "<END_",
  "OF_PLAN>",
  "<END_OF_PLAN>",
  "ğ",
  "😀",
  "\u200b",
  "\r\n",
  "\t",
  "get_phone_number(",
  "unknown_tool(",
];

type Mutation =
  | { readonly kind: "delete"; readonly at: number; readonly length: number }
  | { readonly kind: "insert"; readonly at: number; readonly text: string }
  | { readonly kind: "duplicate"; readonly at: number; readonly length: number };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NOISE), fc.string({ unit: "grapheme", maxLength: 6 })),
  }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 30 }),
  }),
);

function applyMutation(text: string, mutation: Mutation): string {
  const at = text.length === 0 ? 0 : mutation.at % (text.length + 1);
  switch (mutation.kind) {
    case "delete":
      return text.slice(0, at) + text.slice(at + mutation.length);
    case "insert":
      return text.slice(0, at) + mutation.text + text.slice(at);
    case "duplicate":
      return (
        text.slice(0, at + mutation.length) +
        text.slice(at, at + mutation.length) +
        text.slice(at + mutation.length)
      );
  }
}

/**
 * Plans as a flaky model writes them: a valid plan with 1–8 random deletions, insertions (quotes,
 * brackets, `$N`, newlines, pieces of `<END_OF_PLAN>`, unicode) and duplications, or plain garbage.
 */
export function mutatedPlanArbitrary(registry: ToolRegistry): fc.Arbitrary<string> {
  const mutated = fc
    .tuple(validPlanArbitrary(registry), fc.array(mutationArbitrary, { minLength: 1, maxLength: 8 }))
    .map(([text, mutations]) => mutations.reduce(applyMutation, text));
  const garbage = fc.array(
    fc.oneof(fc.constantFrom(...NOISE), fc.string({ unit: "grapheme", maxLength: 8 })),
    {
      maxLength: 30,
    },
  );
  return fc.oneof(
    { weight: 8, arbitrary: mutated },
    { weight: 1, arbitrary: garbage.map((parts) => parts.join("")) },
  );
}

/** Valid and mutated plans, about half each. */
export function planTextArbitrary(registry: ToolRegistry): fc.Arbitrary<string> {
  return fc.oneof(validPlanArbitrary(registry), mutatedPlanArbitrary(registry));
}

/** Splits `text` at the given cut positions (taken modulo its length, deduplicated). */
export function splitAt(text: string, cuts: readonly number[]): string[] {
  const positions = [...new Set(cuts.map((cut) => (text.length === 0 ? 0 : cut % (text.length + 1))))].sort(
    (left, right) => left - right,
  );
  const chunks: string[] = [];
  let start = 0;
  for (const position of positions) {
    chunks.push(text.slice(start, position));
    start = position;
  }
  chunks.push(text.slice(start));
  return chunks;
}

/** One character per chunk (UTF-16 code units, so surrogate pairs are split too). */
export function singleCharacterChunks(text: string): string[] {
  return Array.from({ length: text.length }, (_, index) => text.charAt(index));
}

/** Cuts between the two newlines of every "\n\n" (the reference's lost-thought case), and after each. */
export function blankLineChunks(text: string): string[] {
  const cuts: number[] = [];
  for (let index = text.indexOf("\n\n"); index >= 0; index = text.indexOf("\n\n", index + 1)) {
    cuts.push(index + 1, index + 2);
  }
  return splitAt(text, cuts);
}

/** A plan text with a random chunking (empty chunks included, as a tokenizer may yield them). */
export function chunkedPlanArbitrary(registry: ToolRegistry): fc.Arbitrary<ChunkedPlan> {
  return planTextArbitrary(registry).chain((text) =>
    fc
      .array(fc.nat({ max: Math.max(text.length, 1) }), { maxLength: Math.min(text.length, 40) })
      .map((cuts) => ({ text, chunks: splitAt(text, cuts) })),
  );
}
