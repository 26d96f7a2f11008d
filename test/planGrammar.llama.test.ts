import { readFileSync } from "node:fs";
import fc from "fast-check";
import type { Llama, LlamaGrammar } from "node-llama-cpp";
import { beforeAll, describe, expect, it } from "vitest";
import { COPIED_KINDS, planGrammar } from "../src/plan/index.js";
import { BUILTIN_TOOLS, type ToolParam, ToolRegistry, type ToolSpec } from "../src/tools/index.js";

/**
 * The grammar through llama.cpp's own parser (node-llama-cpp 3.21.1, CPU, no model). Matching
 * text uses `LlamaGrammar._testText`, an internal method over the addon's `isTextCompatible`
 * that walks the grammar code point by code point and is true only for a complete match; it
 * needs no model, unlike `LlamaGrammarEvaluationState`.
 */
let llama: Llama;

beforeAll(async () => {
  const { getLlama, LlamaLogLevel } = await import("node-llama-cpp");
  llama = await getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.error });
});

const registry = new ToolRegistry();

function accepts(grammar: LlamaGrammar, text: string): boolean {
  return (grammar as unknown as { _testText(text: string): boolean })._testText(text);
}

/** The four reference examples (spec §4.1), with the 4th's implicit concatenation filled out. */
const REFERENCE_PLANS = [
  `1. get_phone_number("Lutfi Eren Erdogan")
2. send_sms(["$1"], "Hey Lutfi, just wanted to let you know about the upcoming Apple meeting. It's going to be at 3 PM on Friday.")
Thought: I have succesfully found the contact and sent the message.
3. join()<END_OF_PLAN>`,
  `1. get_email_address("Eren Erdoğan")
2. get_zoom_meeting_link("Apple Meeting", "2022-10-14 15:00:00", 60, ["$1"])
3. create_calendar_event("Apple Meeting", "2022-10-14 15:00:00", "2022-10-14 16:00:00", "$2", [], "", None)
Thought: I have succesfully created the calendar event.
4. join()<END_OF_PLAN>`,
  `1. maps_show_directions("", "Apple Park", "d")
Thought: I have succesfully shown the directions.
2. join()<END_OF_PLAN>`,
  `1. get_email_address("Amir")
2. compose_new_email(["$1"], [], "Meeting Postponed", "", [])
3. join()<END_OF_PLAN>`,
];

describe("planGrammar in llama.cpp", () => {
  it("parses for all tools, a subset, no tools and a custom tool", async () => {
    const custom = new ToolRegistry();
    custom.register({
      name: "order_pizza",
      app: "food",
      risk: "write",
      params: [
        { name: "size", type: "str", kind: "enum", nullable: false, values: ["small", "large"] },
        { name: "count", type: "int", kind: "priority", nullable: false },
        { name: "extra_cheese", type: "bool", kind: "flag", nullable: true },
        { name: "toppings", type: "list[str]", kind: "free-text", nullable: true },
      ],
      bullets: ["Orders a pizza."],
    });
    const grammars = [
      BUILTIN_TOOLS,
      registry.select(["get_phone_number", "send_sms"]),
      [],
      custom.list(),
    ].map((tools) => planGrammar(tools));
    for (const grammar of grammars) await expect(llama.createGrammar({ grammar })).resolves.toBeDefined();

    const pizza = await llama.createGrammar({ grammar: planGrammar(custom.list(), { thoughts: false }) });
    expect(accepts(pizza, '1. order_pizza("large", 2, None, ["ham", "$0"])\n2. join()<END_OF_PLAN>')).toBe(
      false,
    );
    expect(
      accepts(
        pizza,
        '1. get_phone_number("Sid")\n2. order_pizza("large", 2, True, ["$1", "olives"])\n3. join()<END_OF_PLAN>',
      ),
    ).toBe(true);
  });

  it("throws on a malformed grammar", async () => {
    await expect(llama.createGrammar({ grammar: 'root ::= "1. " undefined-rule\n' })).rejects.toThrow();
    await expect(llama.createGrammar({ grammar: 'root ::= "unterminated\n' })).rejects.toThrow();
  });

  it("accepts the reference examples and rejects what the executor could not run", async () => {
    const all = await llama.createGrammar({ grammar: planGrammar(BUILTIN_TOOLS) });
    for (const plan of REFERENCE_PLANS) expect(accepts(all, plan), plan).toBe(true);
    expect(accepts(all, "1. join()<END_OF_PLAN>")).toBe(true);
    expect(accepts(all, "Thought: nothing to do.\n1. join()<END_OF_PLAN>")).toBe(true);
    expect(accepts(all, '1. create_note("Say \\"hi\\"", "a\\\\b\\nc", None)\n2. join()<END_OF_PLAN>')).toBe(
      true,
    );

    const rejected = {
      "forward reference": '1. get_email_address("Amir")\n2. send_sms(["$3"], "hi")\n3. join()<END_OF_PLAN>',
      "self reference": '1. get_email_address("Amir")\n2. send_sms(["$2"], "hi")\n3. join()<END_OF_PLAN>',
      "reference at step 1": '1. get_email_address("$1")\n2. join()<END_OF_PLAN>',
      "dollar in free text": '1. send_sms([], "it costs $3")\n2. join()<END_OF_PLAN>',
      "unknown tool": '1. send_email("Amir")\n2. join()<END_OF_PLAN>',
      "missing argument": '1. send_sms(["1"])\n2. join()<END_OF_PLAN>',
      "None where not nullable": '1. send_sms(["1"], None)\n2. join()<END_OF_PLAN>',
      "quoted int": '1. get_zoom_meeting_link("a", "b", "60", [])\n2. join()<END_OF_PLAN>',
      "single quotes": "1. get_email_address('Amir')\n2. join()<END_OF_PLAN>",
      "named argument": '1. get_email_address(name="Amir")\n2. join()<END_OF_PLAN>',
      "enum outside its values": '1. maps_show_directions("", "Apple Park", "x")\n2. join()<END_OF_PLAN>',
      "numbering gap": '1. get_email_address("Amir")\n3. join()<END_OF_PLAN>',
      "numbering from 0": "0. join()<END_OF_PLAN>",
      "no space after the dot": "1.join()<END_OF_PLAN>",
      "raw newline in a string": '1. get_email_address("Am\nir")\n2. join()<END_OF_PLAN>',
      "empty thought": "Thought: \n1. join()<END_OF_PLAN>",
      "no join": '1. get_email_address("Amir")\n',
      "join without end marker": "1. join()",
      "text after the plan": "1. join()<END_OF_PLAN>\n",
    };
    for (const [why, plan] of Object.entries(rejected)) expect(accepts(all, plan), why).toBe(false);
  });

  it("resumes a plan after its N. with a call of one of the given tools, then any plan", async () => {
    const tools = registry.select(["get_phone_number", "send_sms", "create_note"]);
    const resume = (owed: string[], maxSteps?: number) =>
      llama.createGrammar({
        grammar: planGrammar(tools, { resume: { step: 2, tools: owed }, ...(maxSteps ? { maxSteps } : {}) }),
      });
    const one = await resume(["send_sms"]);
    expect(accepts(one, ' send_sms(["$1"], "late")\n3. join()<END_OF_PLAN>')).toBe(true);
    expect(accepts(one, ' send_sms(["$1"], "late")\nThought: sent.\n3. join()<END_OF_PLAN>')).toBe(true);
    // After that line the plan is free: more calls, of any offered tool.
    expect(
      accepts(one, ' send_sms(["$1"], "late")\n3. create_note("a", "b", "")\n4. join()<END_OF_PLAN>'),
    ).toBe(true);
    const refused = {
      "a join on the line": " join()<END_OF_PLAN>",
      "another tool on the line":
        ' get_phone_number("Ana")\n3. send_sms(["$2"], "x")\n4. join()<END_OF_PLAN>',
      "no space after N.": 'send_sms(["$1"], "late")\n3. join()<END_OF_PLAN>',
      "the line number again": '2. send_sms(["$1"], "late")\n3. join()<END_OF_PLAN>',
      "a reference to the line itself": ' send_sms(["$2"], "late")\n3. join()<END_OF_PLAN>',
    };
    for (const [why, plan] of Object.entries(refused)) expect(accepts(one, plan), why).toBe(false);

    const two = await resume(["send_sms", "create_note"]);
    expect(accepts(two, ' create_note("a", "b", "")\n3. join()<END_OF_PLAN>')).toBe(true);
    expect(accepts(two, ' send_sms(["$1"], "late")\n3. join()<END_OF_PLAN>')).toBe(true);
    // The steps left still bound the plan: with maxSteps 3, line 3 can only join.
    const short = await resume(["send_sms"], 3);
    expect(accepts(short, ' send_sms(["$1"], "late")\n3. join()<END_OF_PLAN>')).toBe(true);
    expect(
      accepts(short, ' send_sms(["$1"], "late")\n3. create_note("a", "b", "")\n4. join()<END_OF_PLAN>'),
    ).toBe(false);
  });

  it("rejects tools outside the subset and plans longer than maxSteps", async () => {
    const subset = await llama.createGrammar({
      grammar: planGrammar(registry.select(["get_phone_number", "send_sms"]), { maxSteps: 3 }),
    });
    expect(accepts(subset, REFERENCE_PLANS[0] ?? "")).toBe(true);
    expect(accepts(subset, REFERENCE_PLANS[3] ?? "")).toBe(false);
    const three =
      '1. get_phone_number("a")\n2. get_phone_number("b")\n3. get_phone_number("c")\n4. join()<END_OF_PLAN>';
    expect(accepts(subset, three)).toBe(false);

    const empty = await llama.createGrammar({ grammar: planGrammar([]) });
    expect(accepts(empty, "1. join()<END_OF_PLAN>")).toBe(true);
    expect(accepts(empty, REFERENCE_PLANS[2] ?? "")).toBe(false);
  });

  it("accepts every well-formed plan over the built-in tools", async () => {
    const maxSteps = 6;
    const grammar = await llama.createGrammar({ grammar: planGrammar(BUILTIN_TOOLS, { maxSteps }) });
    const plan = fc.gen().map((generate) => {
      const lines: string[] = [];
      const steps = generate(fc.integer, { min: 0, max: maxSteps - 1 });
      for (let step = 1; step <= steps + 1; step++) {
        if (generate(fc.boolean)) lines.push(`Thought: ${generate(() => thoughtText)}`);
        if (step > steps) break;
        const tool = generate(fc.constantFrom, ...BUILTIN_TOOLS);
        lines.push(`${step}. ${callText(tool, step, generate)}`);
      }
      return `${lines.join("\n")}${lines.length > 0 ? "\n" : ""}${steps + 1}. join()<END_OF_PLAN>`;
    });
    fc.assert(
      fc.property(plan, (text) => accepts(grammar, text)),
      { numRuns: 150 },
    );
  });
});

describe("planGrammar with copied arguments in llama.cpp", () => {
  const copying = (source: string, names = ["get_phone_number", "send_sms", "maps_show_directions"]) =>
    llama.createGrammar({
      grammar: planGrammar(registry.select(names), {
        thoughts: false,
        copy: { source, kinds: COPIED_KINDS },
      }),
    });
  const sms = (name: string, recipients = '"$1"', message = "") =>
    `1. get_phone_number(${name})\n2. send_sms([${recipients}], "${message}")\n3. join()<END_OF_PLAN>`;

  it("takes names whole from the request, first letters in either case, and nothing the request does not say", async () => {
    const grammar = await copying("Text Fømbrelia Rodrigues and Ms. O'Hara that I'm late");
    for (const name of ['"Fømbrelia Rodrigues"', '"fømbrelia"', '"rodrigues"', `"Ms. O'Hara"`, '"o\'hara"']) {
      expect(accepts(grammar, sms(name)), name).toBe(true);
    }
    // The message is made of parts of the request, in any order, and of nothing else.
    expect(accepts(grammar, sms('"Rodrigues"', '"$1"', "I'm late"))).toBe(true);
    expect(accepts(grammar, sms('"Rodrigues"', '"$1"', "late Ms. O'Hara"))).toBe(true);
    expect(accepts(grammar, sms('"Rodrigues"', '"$1"', "I'm running late"))).toBe(false);
    expect(accepts(grammar, sms('"Rodrigues"', '"$1"', "I'm  late"))).toBe(false);
    // At most 4 parts, which bounds a message that a small model would repeat forever.
    expect(accepts(grammar, sms('"Rodrigues"', '"$1"', "late late late late"))).toBe(true);
    expect(accepts(grammar, sms('"Rodrigues"', '"$1"', "late late late late late"))).toBe(false);
    for (const name of [
      '"Rodrig"',
      '"RODRIGUES"',
      '"RodRigues"',
      '"ombrelia"',
      '"Sid"',
      '"Rodrigues "',
      '" Rodrigues"',
      '"late."',
      '"$1"',
    ]) {
      expect(accepts(grammar, sms(name)), name).toBe(false);
    }
  });

  it("looks up no name that starts or ends with an opener, a joiner or another stop word", async () => {
    const request =
      "Yo, assistant: text Kwame plus Ida about rent, and He Jun. Oh, tell May & Will, Ji-woo and Dr. Ng, please";
    const grammar = await copying(request);
    const names = [
      '"Kwame"',
      '"kwame"',
      '"Ida"',
      '"He Jun"',
      '"May"',
      '"Will"',
      '"Kwame plus Ida"',
      '"Ji-woo"',
    ];
    for (const name of [...names, '"Dr. Ng"', '"Dr."']) {
      expect(accepts(grammar, sms(name)), name).toBe(true);
    }
    for (const name of [
      '"Yo"',
      '"Assistant"',
      '"plus Ida"',
      '"Ida about"',
      '"About"',
      '"and He Jun"',
      '"please"',
      // A name starts and ends with a letter or digit, or ends with a period.
      '"Ji-"',
      '"-woo"',
      '"Ng,"',
    ]) {
      expect(accepts(grammar, sms(name)), name).toBe(false);
    }
    // Only names: the same words stay copyable elsewhere, and an empty stop list lifts the rule.
    expect(accepts(grammar, sms('"Kwame"', '"$1"', "plus Ida about rent"))).toBe(true);
    const anySpan = await llama.createGrammar({
      grammar: planGrammar(registry.select(["get_phone_number", "send_sms"]), {
        thoughts: false,
        copy: { source: request, kinds: COPIED_KINDS, nameStopWords: new Set() },
      }),
    });
    expect(accepts(anySpan, sms('"Yo"'))).toBe(true);
  });

  it("lets list elements be references or typed numbers from the request, and places be empty", async () => {
    const grammar = await copying("text (669) 555-0158 and Ana the way to Pier 39 on foot");
    expect(accepts(grammar, sms('"Ana"', '"(669) 555-0158", "$1"'))).toBe(true);
    expect(accepts(grammar, sms('"Ana"', '"(669) 555-0159", "$1"'))).toBe(false);
    const directions = (start: string, end: string) =>
      `1. maps_show_directions(${start}, ${end}, "w")\n2. join()<END_OF_PLAN>`;
    expect(accepts(grammar, directions('""', '"Pier 39"'))).toBe(true);
    expect(accepts(grammar, directions("None", '"pier 39"'))).toBe(true);
    expect(accepts(grammar, directions('""', '"Pier 3"'))).toBe(false);
  });

  it("takes titles from the request, optionally as a summary of something it names", async () => {
    const grammar = await llama.createGrammar({
      grammar: planGrammar(registry.select(["create_calendar_event", "compose_new_email"]), {
        thoughts: false,
        copy: {
          source: "pencil in content sync-up tomorrow and mail Ana the budget.pdf",
          kinds: COPIED_KINDS,
        },
      }),
    });
    const event = (title: string) =>
      `1. create_calendar_event(${title}, "2024-12-04 19:05:00", "2024-12-04 20:05:00", "", [], "", None)\n2. join()<END_OF_PLAN>`;
    const email = (subject: string) =>
      `1. compose_new_email(["Ana"], [], ${subject}, "", [])\n2. join()<END_OF_PLAN>`;
    for (const title of ['"content sync-up"', '"Content Sync-Up"', '""']) {
      expect(accepts(grammar, event(title)), title).toBe(true);
    }
    for (const title of ['"invoice"', '"content meeting"', '"Summary of"']) {
      expect(accepts(grammar, event(title)), title).toBe(false);
    }
    expect(accepts(grammar, email('"Summary of budget"'))).toBe(true);
    expect(accepts(grammar, email('"budget.pdf"'))).toBe(true);
    expect(accepts(grammar, email('"Summary of invoice"'))).toBe(false);
  });

  it("never lets a span cross a character a plan string cannot hold", async () => {
    const grammar = await copying('email "Zoë <zoe@x.io>" $5');
    expect(accepts(grammar, sms('"Zoë"'))).toBe(true);
    expect(accepts(grammar, sms('"zoe@x.io"'))).toBe(true);
    expect(accepts(grammar, sms('"Zoë <zoe@x.io>"'))).toBe(false);
    const nothing = await copying("$$$");
    expect(accepts(nothing, sms('""'))).toBe(true);
    expect(accepts(nothing, sms('"$"'))).toBe(false);
  });

  it("admits the gold plan of every hand-written dev request whose names the request spells out", async () => {
    const rows = readFileSync("data-dev/dev.jsonl", "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; query: string; plan: string });
    // dev-007 names "the lease agreement pdf" and its gold plan opens "lease agreement.pdf". The
    // others word a title or a message the request does not say ("ask if the invoice was paid" →
    // "Invoice payment", a zoom with no topic → "Meeting", "asking if she wants to come over" →
    // "Do you want to come over Saturday?"): copied text cannot, which is the price of never
    // inventing any ("invoice" for "content sync-up", "I'm running 22" for "I'm late").
    const rejected: string[] = [];
    for (const row of rows) {
      const grammar = await llama.createGrammar({
        grammar: planGrammar(BUILTIN_TOOLS, {
          maxStringLength: 400,
          copy: { source: row.query, kinds: COPIED_KINDS },
        }),
      });
      if (!accepts(grammar, row.plan)) rejected.push(row.id);
    }
    expect(rows.length).toBeGreaterThan(100);
    expect(rejected).toEqual([
      "dev-007",
      "dev-029",
      "dev-036",
      "dev-049",
      "dev-052",
      "dev-057",
      "dev-094",
      "dev-096",
      "dev-099",
      "dev-103",
      "dev-120",
    ]);
  });
});

type Generate = fc.GeneratorValue;

const thoughtText = fc.string({
  unit: fc.constantFrom("a", " ", "é", "$", '"', "\\", "1", ".", ":"),
  minLength: 1,
  maxLength: 12,
});

const stringLiteral = fc
  .array(
    fc.constantFrom("a", "Z", " ", "ğ", "😀", "'", "(", ")", ",", "[", "]", "#", '\\"', "\\\\", "\\n", "\\t"),
    {
      maxLength: 8,
    },
  )
  .map((parts) => `"${parts.join("")}"`);

function textValue(step: number, generate: Generate): string {
  if (step > 1 && generate(fc.boolean)) return `"$${generate(fc.integer, { min: 1, max: step - 1 })}"`;
  return generate(() => stringLiteral);
}

function argumentText(param: ToolParam, step: number, generate: Generate): string {
  if (param.nullable && generate(fc.boolean)) return "None";
  switch (param.type) {
    case "str":
      return param.values ? `"${generate(fc.constantFrom, ...param.values)}"` : textValue(step, generate);
    case "list[str]":
    case "Sequence[str]": {
      const size = generate(fc.integer, { min: 0, max: 3 });
      return `[${Array.from({ length: size }, () => textValue(step, generate)).join(", ")}]`;
    }
    case "int":
      return String(generate(fc.integer, { min: -5, max: 500 }));
    case "bool":
      return generate(fc.boolean) ? "True" : "False";
  }
}

function callText(tool: ToolSpec, step: number, generate: Generate): string {
  return `${tool.name}(${tool.params.map((param) => argumentText(param, step, generate)).join(", ")})`;
}
