import { TinyAgentError } from "../base/index.js";
import type { SemanticKind, ToolParam, ToolSpec } from "../tools/index.js";
import { copySpanRules } from "./copySpanRules.js";
import { gbnfLiteral } from "./gbnf.js";
import { NAME_STOP_WORDS } from "./nameStopWords.js";

export interface PlanGrammarOptions {
  /**
   * The most numbered lines a plan may have, the join line included (default 12), so at most
   * `maxSteps - 1` tool calls.
   */
  readonly maxSteps?: number;
  /** Whether an optional one-line `Thought: …` may precede each step and the join (default true). */
  readonly thoughts?: boolean;
  /**
   * Longest string literal, in characters (default unbounded). Small or untrained models can
   * wander inside a string; a bound guarantees the plan ends within a token budget.
   */
  readonly maxStringLength?: number;
  /** Longest `Thought:` text, in characters (default unbounded). */
  readonly maxThoughtLength?: number;
  /** Most elements in a list argument (default unbounded). */
  readonly maxListItems?: number;
  /** Most digits in an integer argument (default unbounded). */
  readonly maxIntDigits?: number;
  /**
   * String arguments (and list elements) of these semantic kinds must be a `$N` reference, empty,
   * or copied whole from `source` (the user's request): see {@link copySpanRules}. Off by default.
   */
  readonly copy?: {
    readonly source: string;
    readonly kinds: readonly SemanticKind[];
    /** What may lead a copied `title` (default {@link TITLE_PREFIXES}). */
    readonly titlePrefixes?: readonly string[];
    /**
     * Words a copied `contact-name` may neither start nor end with (lower case; default
     * {@link NAME_STOP_WORDS}; an empty set allows any span).
     */
    readonly nameStopWords?: ReadonlySet<string>;
  };
  /**
   * Continue a plan written up to the `N.` of line N = `step` (no space after it): the grammar
   * then admits the rest of that line, which must be a call of one of `tools` (by name, among the
   * grammar's tools), and any plan lines after it. Used to go on with a plan that reached its join
   * before calling a tool it must call. Default: a whole plan from line 1.
   */
  readonly resume?: { readonly step: number; readonly tools: readonly string[] };
}

/**
 * The kinds whose values a request spells out: who (names, typed numbers and addresses), which
 * file, note, folder, list or calendar, where, what an event, note, reminder or email is called
 * (see {@link TITLE_PREFIXES}), and what a message or note says, which a plan may put together from
 * several parts of the request ("dinner at 7 at Luigi's"; see {@link MAX_TEXT_PIECES}).
 */
export const COPIED_KINDS: readonly SemanticKind[] = [
  "title",
  "free-text",
  "contact-name",
  "email-list",
  "phone-list",
  "file-name",
  "note-name",
  "folder-name",
  "list-name",
  "calendar-name",
  "location",
];

/**
 * Words a copied title may start with before its span: a summary sent by email is titled
 * "Summary of <file>", as the dataset words it.
 */
export const TITLE_PREFIXES: readonly string[] = ["Summary of "];

/** Most parts of the request a copied free text is put together from. */
export const MAX_TEXT_PIECES = 4;

/** Numbered lines a plan may have by default, its join included. */
export const DEFAULT_MAX_STEPS = 12;

/**
 * Step-independent rules. A literal string may not contain `$`, so a reference is always a
 * whole argument (`"$2"`, never `"costs $2"`): the reference dependency scan (spec §2.4) counts
 * any `$N` in the text, and a literal dollar amount would create a phantom dependency. Escapes
 * are the few a model needs for text (`\"`, `\\`, `\n`, `\t`); a raw newline would end the line.
 */
function stringRules(maxLength: number | undefined): string[] {
  const repeat = maxLength === undefined ? "*" : `{0,${maxLength}}`;
  return [
    `string ::= "\\"" char${repeat} "\\""`,
    // Control characters are excluded too: a model has no business emitting them, and a raw
    // newline would end the plan line. So is "<": a string that spelled `<END_OF_PLAN>` would hit
    // the stop sequence mid-argument and cut the plan (seen with our small planner).
    String.raw`char ::= [^"\\\x00-\x1F\x7F$<] | "\\" ["\\nt]`,
  ];
}

/** Python rejects leading zeros (`010`), so the grammar must too. */
function intRule(maxDigits: number | undefined): string {
  const rest = maxDigits === undefined ? "[0-9]*" : `[0-9]{0,${Math.max(0, maxDigits - 1)}}`;
  return `int ::= "-"? ("0" | [1-9] ${rest})`;
}
const BOOL_RULE = `bool ::= "True" | "False"`;
const JOIN_RULE = `join ::= "join()<END_OF_PLAN>"`;
function thoughtRule(maxLength: number | undefined): string {
  const repeat = maxLength === undefined ? "+" : `{1,${maxLength}}`;
  // No "<" for the same reason as in strings: `<END_OF_PLAN>` must only ever follow `join()`.
  return String.raw`thought ::= "Thought: " [^\x00-\x1F\x7F<]` + repeat + String.raw` "\n"`;
}

/**
 * Builds a GBNF grammar (llama.cpp syntax, root rule `root`) that admits exactly the LLMCompiler
 * plans the executor can run for `tools`: steps numbered `1. `, `2. `, … with one call of a given
 * tool per line, every argument filled in declared order with its type (`str` → a double-quoted
 * literal, lists → `[…]`, `int`, `True`/`False`, `None` where nullable, enum parameters only their
 * values), `"$j"` references only to earlier steps, optional `Thought:` lines, and a final
 * `N. join()<END_OF_PLAN>` with nothing after it. DESIGN.md §4 "plan decoding": with it every
 * decoded plan parses and validates. Only the reference alternatives differ per step, so
 * argument rules stay shared and the grammar small (about 24 KB for 16 tools and 12 steps).
 * With `resume`, the grammar starts inside line N instead, at a call of one of the given tools.
 */
export function planGrammar(tools: readonly ToolSpec[], options: PlanGrammarOptions = {}): string {
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const thoughts = options.thoughts ?? true;
  if (!Number.isInteger(maxSteps) || maxSteps < 1) {
    const message = `maxSteps must be a positive integer, not ${maxSteps}.`;
    throw new TinyAgentError("plan/grammar-options", message, { context: { maxSteps } });
  }
  const toolSteps = tools.length === 0 ? 0 : maxSteps - 1;
  const resume = checkResume(tools, options.resume, toolSteps);
  const values = new ValueRules(tools, options);
  const thought = thoughts ? "thought? " : "";
  const stepBlocks: string[] = [];
  for (let step = 1; step <= toolSteps; step++) {
    // A resumed plan starts at its line N, but references there still reach back to lines 1…N-1.
    if (resume !== undefined && step < resume.step) {
      stepBlocks.push(values.stepRules(step).join("\n"));
      continue;
    }
    stepBlocks.push(
      [
        `step-${step} ::= ${thought}"${step}. " (call-${step} "\\n" step-${step + 1} | join)`,
        `call-${step} ::= ${tools.map((tool) => callRuleName(step, tool)).join(" | ")}`,
        ...tools.map((tool) => `${callRuleName(step, tool)} ::= ${callExpression(tool, step, values)}`),
        ...values.stepRules(step),
      ].join("\n"),
    );
  }
  const last = toolSteps + 1;
  stepBlocks.push(`step-${last} ::= ${thought}"${last}. " join`);
  // Resuming after `N.`: the space that follows it in a plan belongs to the call's first token.
  const root =
    resume === undefined
      ? "step-1"
      : `" " (${resume.tools.map((tool) => callRuleName(resume.step, tool)).join(" | ")}) "\\n" step-${resume.step + 1}`;
  const header = [
    `root ::= ${root}`,
    JOIN_RULE,
    ...(thoughts ? [thoughtRule(options.maxThoughtLength)] : []),
    ...values.sharedRules(),
  ];
  return `${[header.join("\n"), ...stepBlocks.filter((block) => block !== "")].join("\n\n")}\n`;
}

/** The resume option, checked: a tool step the grammar has, and tools it offers. */
function checkResume(
  tools: readonly ToolSpec[],
  resume: PlanGrammarOptions["resume"],
  toolSteps: number,
): { readonly step: number; readonly tools: readonly ToolSpec[] } | undefined {
  if (resume === undefined) return undefined;
  const fail = (message: string): never => {
    throw new TinyAgentError("plan/grammar-options", message, { context: { resume } });
  };
  if (!Number.isInteger(resume.step) || resume.step < 1 || resume.step > toolSteps) {
    fail(`A plan can resume at a tool step from 1 to ${toolSteps}, not ${resume.step}.`);
  }
  if (resume.tools.length === 0) fail("A resumed plan needs at least one tool to call.");
  const resumed = resume.tools.map(
    (name) =>
      tools.find((tool) => tool.name === name) ??
      fail(`The resumed line's tool "${name}" is not among the plan's tools.`),
  );
  return { step: resume.step, tools: [...new Set(resumed)] };
}

/** Tool names are `[A-Za-z_]\w*` and GBNF rule names `[A-Za-z0-9-]+`; `_` → `-` keeps them distinct. */
function callRuleName(step: number, tool: ToolSpec): string {
  if (!/^[A-Za-z_]\w*$/.test(tool.name)) {
    throw new TinyAgentError("plan/grammar-tool-name", `"${tool.name}" cannot be a plan tool name.`, {
      context: { name: tool.name },
    });
  }
  return `call-${step}-${tool.name.replaceAll("_", "-")}`;
}

function callExpression(tool: ToolSpec, step: number, values: ValueRules): string {
  const open = gbnfLiteral(`${tool.name}(`);
  if (tool.params.length === 0) return gbnfLiteral(`${tool.name}()`);
  return `${open} ${tool.params.map((param) => values.expression(param, step)).join(' ", " ')} ")"`;
}

/** The value rules the tools use (the grammar holds only those), named once for all steps. */
class ValueRules {
  readonly #enums = new Map<string, string>();
  #string = false;
  #int = false;
  #bool = false;
  #list = false;
  #copied = false;
  #copiedList = false;
  #copiedTitle = false;
  #copiedWords = false;
  #copiedName = false;
  readonly #options: PlanGrammarOptions;
  readonly #copiedKinds: ReadonlySet<SemanticKind>;

  constructor(tools: readonly ToolSpec[], options: PlanGrammarOptions) {
    this.#options = options;
    this.#copiedKinds = new Set(options.copy?.kinds ?? []);
    for (const tool of tools) for (const param of tool.params) this.#baseExpression(param, 1);
  }

  /** The GBNF expression for one argument of `param` at `step`. */
  expression(param: ToolParam, step: number): string {
    const base = this.#baseExpression(param, step);
    return param.nullable ? `(${base} | "None")` : base;
  }

  #baseExpression(param: ToolParam, step: number): string {
    const enumValues = param.values !== undefined && param.values.length > 0 ? param.values : undefined;
    switch (param.type) {
      case "str":
        if (enumValues) return this.#enumRule(enumValues);
        this.#string = true;
        if (this.#copiedKinds.has(param.kind)) {
          this.#copied = true;
          if (param.kind === "title") {
            this.#copiedTitle = true;
            return `copied-title-${step}`;
          }
          if (param.kind === "free-text") {
            this.#copiedWords = true;
            return `copied-words-${step}`;
          }
          if (param.kind === "contact-name") {
            this.#copiedName = true;
            return `copied-name-${step}`;
          }
          return `copied-${step}`;
        }
        return `text-${step}`;
      case "list[str]":
      case "Sequence[str]": {
        if (enumValues) {
          const element = this.#enumRule(enumValues);
          return `"[" (${element} (", " ${element})*)? "]"`;
        }
        this.#string = true;
        if (this.#copiedKinds.has(param.kind)) {
          this.#copied = true;
          this.#copiedList = true;
          return `copied-list-${step}`;
        }
        this.#list = true;
        return `list-${step}`;
      }
      case "int":
        this.#int = true;
        return "int";
      case "bool":
        this.#bool = true;
        return "bool";
      default:
        return unknownType(param.type);
    }
  }

  #enumRule(enumValues: readonly string[]): string {
    const key = JSON.stringify(enumValues);
    let name = this.#enums.get(key);
    if (name === undefined) {
      name = `enum-${this.#enums.size + 1}`;
      this.#enums.set(key, name);
    }
    return name;
  }

  sharedRules(): string[] {
    const enums = [...this.#enums].map(
      ([key, name]) =>
        `${name} ::= ${(JSON.parse(key) as string[]).map((value) => gbnfLiteral(pythonString(value))).join(" | ")}`,
    );
    return [
      ...(this.#string ? stringRules(this.#options.maxStringLength) : []),
      ...(this.#int ? [intRule(this.#options.maxIntDigits)] : []),
      ...(this.#bool ? [BOOL_RULE] : []),
      ...(this.#copied
        ? copySpanRules(this.#options.copy?.source ?? "", {
            ...(this.#copiedTitle
              ? { titlePrefixes: this.#options.copy?.titlePrefixes ?? TITLE_PREFIXES }
              : {}),
            ...(this.#copiedWords ? { maxPieces: MAX_TEXT_PIECES } : {}),
            ...(this.#copiedName
              ? { nameStopWords: this.#options.copy?.nameStopWords ?? NAME_STOP_WORDS }
              : {}),
          })
        : []),
      ...enums,
    ];
  }

  /**
   * `ref-k` admits `"$1"` … `"$(k-1)"` by extending `ref-(k-1)`, so each step adds one
   * alternative; step 1 has no references at all.
   */
  stepRules(step: number): string[] {
    if (!this.#string) return [];
    const rules: string[] = [];
    if (step >= 2) {
      const newest = gbnfLiteral(`"$${step - 1}"`);
      rules.push(`ref-${step} ::= ${step === 2 ? newest : `ref-${step - 1} | ${newest}`}`);
    }
    const maxItems = this.#options.maxListItems;
    const more = maxItems === undefined ? "*" : `{0,${Math.max(0, maxItems - 1)}}`;
    const list = (name: string, element: string) =>
      `${name}-${step} ::= "[" (${element}-${step} (", " ${element}-${step})${more})? "]"`;
    rules.push(`text-${step} ::= string${step >= 2 ? ` | ref-${step}` : ""}`);
    if (this.#list) rules.push(list("list", "text"));
    const orReference = step >= 2 ? ` | ref-${step}` : "";
    if (this.#copied) rules.push(`copied-${step} ::= copied${orReference}`);
    if (this.#copiedList) rules.push(list("copied-list", "copied"));
    if (this.#copiedTitle) rules.push(`copied-title-${step} ::= copied-title${orReference}`);
    if (this.#copiedWords) rules.push(`copied-words-${step} ::= copied-words${orReference}`);
    if (this.#copiedName) rules.push(`copied-name-${step} ::= copied-name${orReference}`);
    return rules;
  }
}

/** A Python double-quoted literal, as the plan's argument language writes an enum value. */
function pythonString(value: string): string {
  const body = value
    .replace(/[\\"]/g, "\\$&")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t");
  return `"${body}"`;
}

function unknownType(type: never): never {
  throw new TinyAgentError("plan/grammar-param-type", `Unsupported parameter type ${String(type)}.`, {
    context: { type },
  });
}
