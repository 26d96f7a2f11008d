import { describe, expect, it } from "vitest";
import { TinyAgentError } from "../base/index.js";
import { BUILTIN_TOOLS, defineTool, ToolRegistry, type ToolSpec } from "../tools/index.js";
import { gbnfLiteral } from "./gbnf.js";
import { planGrammar } from "./planGrammar.js";

const registry = new ToolRegistry();
const tools = (...names: string[]): ToolSpec[] => registry.select(names);

/** The rule definitions, by name. */
function rules(grammar: string): Map<string, string> {
  const entries = grammar
    .split("\n")
    .filter((line) => line.includes(" ::= "))
    .map((line) => line.split(" ::= ", 2) as [string, string]);
  return new Map(entries);
}

/** Every `name(` literal, i.e. the tools a plan line can call. */
function calledNames(grammar: string): string[] {
  return [...grammar.matchAll(/"(\w+)\(/g)].map((match) => match[1] ?? "");
}

describe("planGrammar", () => {
  it("reads as one rule per step, tool call and reference set (1 tool, 3 steps)", () => {
    expect(planGrammar(tools("get_zoom_meeting_link"), { maxSteps: 3 })).toMatchInlineSnapshot(`
      "root ::= step-1
      join ::= "join()<END_OF_PLAN>"
      thought ::= "Thought: " [^\\x00-\\x1F\\x7F<]+ "\\n"
      string ::= "\\"" char* "\\""
      char ::= [^"\\\\\\x00-\\x1F\\x7F$<] | "\\\\" ["\\\\nt]
      int ::= "-"? ("0" | [1-9] [0-9]*)

      step-1 ::= thought? "1. " (call-1 "\\n" step-2 | join)
      call-1 ::= call-1-get-zoom-meeting-link
      call-1-get-zoom-meeting-link ::= "get_zoom_meeting_link(" text-1 ", " text-1 ", " int ", " list-1 ")"
      text-1 ::= string
      list-1 ::= "[" (text-1 (", " text-1)*)? "]"

      step-2 ::= thought? "2. " (call-2 "\\n" step-3 | join)
      call-2 ::= call-2-get-zoom-meeting-link
      call-2-get-zoom-meeting-link ::= "get_zoom_meeting_link(" text-2 ", " text-2 ", " int ", " list-2 ")"
      ref-2 ::= "\\"$1\\""
      text-2 ::= string | ref-2
      list-2 ::= "[" (text-2 (", " text-2)*)? "]"

      step-3 ::= thought? "3. " join
      "
    `);
  });

  it("admits only the join-only plan for an empty tool subset", () => {
    expect(planGrammar([], { thoughts: false })).toBe(
      'root ::= step-1\njoin ::= "join()<END_OF_PLAN>"\n\nstep-1 ::= "1. " join\n',
    );
    expect(planGrammar([])).toContain('step-1 ::= thought? "1. " join');
  });

  it("admits only the join-only plan when maxSteps is 1", () => {
    const grammar = planGrammar(BUILTIN_TOOLS, { maxSteps: 1 });
    expect(calledNames(grammar)).toEqual(["join"]);
    expect(rules(grammar).get("step-1")).toBe('thought? "1. " join');
  });

  it("names only the tools of the subset, in the order given", () => {
    const grammar = planGrammar(tools("send_sms", "get_phone_number"));
    expect(new Set(calledNames(grammar))).toEqual(new Set(["get_phone_number", "send_sms", "join"]));
    expect(rules(grammar).get("call-4")).toBe("call-4-get-phone-number | call-4-send-sms");
  });

  it("unrolls maxSteps - 1 tool steps and forces join on the last", () => {
    const grammar = rules(planGrammar(BUILTIN_TOOLS));
    expect(grammar.get("step-11")).toBe('thought? "11. " (call-11 "\\n" step-12 | join)');
    expect(grammar.get("step-12")).toBe('thought? "12. " join');
    expect(grammar.has("step-13")).toBe(false);
    expect(grammar.has("call-12")).toBe(false);
  });

  it("lets step k refer to steps 1..k-1 only, as whole quoted arguments", () => {
    const grammar = rules(planGrammar(BUILTIN_TOOLS));
    expect(grammar.has("ref-1")).toBe(false);
    expect(grammar.get("text-1")).toBe("string");
    expect(grammar.get("ref-2")).toBe('"\\"$1\\""');
    expect(grammar.get("ref-11")).toBe('ref-10 | "\\"$10\\""');
    expect(grammar.get("text-5")).toBe("string | ref-5");
    expect(grammar.get("list-5")).toBe('"[" (text-5 (", " text-5)*)? "]"');
    // A literal string cannot hold `$`, so `"costs $3"` cannot become a phantom dependency.
    expect(grammar.get("char")).toContain("$<]");
  });

  it("types each argument by its parameter, in declared order", () => {
    const grammar = rules(planGrammar(BUILTIN_TOOLS));
    expect(grammar.get("call-3-create-reminder")).toBe(
      '"create_reminder(" text-3 ", " (text-3 | "None") ", " (text-3 | "None") ", " (text-3 | "None") ", " (int | "None") ", " (bool | "None") ")"',
    );
    expect(grammar.get("call-2-compose-new-email")).toBe(
      '"compose_new_email(" list-2 ", " (list-2 | "None") ", " text-2 ", " (text-2 | "None") ", " (list-2 | "None") ")"',
    );
    expect(grammar.get("int")).toBe('"-"? ("0" | [1-9] [0-9]*)');
    expect(grammar.get("bool")).toBe('"True" | "False"');
  });

  it("allows only the declared values of an enum parameter", () => {
    const grammar = rules(planGrammar(tools("maps_show_directions")));
    expect(grammar.get("enum-1")).toBe('"\\"d\\"" | "\\"w\\"" | "\\"r\\""');
    expect(grammar.get("call-1-maps-show-directions")).toBe(
      '"maps_show_directions(" (text-1 | "None") ", " text-1 ", " (enum-1 | "None") ")"',
    );
  });

  it("shares one rule per distinct enum and escapes enum values as Python strings", () => {
    const custom = new ToolRegistry([]);
    const mood = {
      name: "mood",
      type: "str",
      kind: "enum",
      nullable: false,
      values: ['say "hi"', "a\\b"],
    } as const;
    custom.register({ name: "first", app: "x", risk: "read", params: [mood], bullets: [] });
    custom.register({
      name: "second",
      app: "x",
      risk: "read",
      params: [{ ...mood, type: "list[str]" }],
      bullets: [],
    });
    const grammar = rules(planGrammar(custom.list()));
    expect(grammar.get("enum-1")).toBe(String.raw`"\"say \\\"hi\\\"\"" | "\"a\\\\b\""`);
    expect(grammar.has("enum-2")).toBe(false);
    expect(grammar.get("call-1-second")).toBe('"second(" "[" (enum-1 (", " enum-1)*)? "]" ")"');
    expect(grammar.has("string")).toBe(false);
  });

  it("supports custom tools without parameters and keeps underscored names apart", () => {
    const custom = [
      defineTool({ name: "ping", app: "x", risk: "read", params: [], bullets: [] }),
      defineTool({ name: "a_b", app: "x", risk: "read", params: [], bullets: [] }),
      defineTool({ name: "a__b", app: "x", risk: "read", params: [], bullets: [] }),
    ];
    const grammar = rules(planGrammar(custom, { maxSteps: 2 }));
    expect(grammar.get("call-1")).toBe("call-1-ping | call-1-a-b | call-1-a--b");
    expect(grammar.get("call-1-ping")).toBe('"ping()"');
    expect(grammar.has("text-1")).toBe(false);
  });

  it("omits thoughts when asked", () => {
    const grammar = planGrammar(BUILTIN_TOOLS, { thoughts: false });
    expect(grammar).not.toContain("thought");
    expect(rules(grammar).get("step-2")).toBe('"2. " (call-2 "\\n" step-3 | join)');
  });

  it("rejects a bad maxSteps and a tool name no plan line can carry", () => {
    for (const maxSteps of [0, -1, 2.5, Number.NaN]) {
      expect(() => planGrammar(BUILTIN_TOOLS, { maxSteps })).toThrowError(
        expect.objectContaining({ code: "plan/grammar-options" }),
      );
    }
    const [first] = BUILTIN_TOOLS;
    if (first === undefined) throw new Error("no built-in tools");
    try {
      planGrammar([{ ...first, name: "bad-name" }]);
      expect.unreachable();
    } catch (error) {
      expect(TinyAgentError.isInstance(error) && error.code).toBe("plan/grammar-tool-name");
    }
  });

  it("refuses a resume it cannot honour, and starts a resumed grammar inside line N", () => {
    const tools = registry.select(["get_phone_number", "send_sms"]);
    const refused = [
      { step: 2, tools: ["create_note"] },
      { step: 12, tools: ["send_sms"] },
      { step: 0, tools: ["send_sms"] },
      { step: 1.5, tools: ["send_sms"] },
      { step: 1, tools: [] },
    ];
    for (const resume of refused) {
      expect(() => planGrammar(tools, { resume }), JSON.stringify(resume)).toThrowError(
        expect.objectContaining({ code: "plan/grammar-options" }),
      );
    }
    const grammar = rules(planGrammar(tools, { resume: { step: 11, tools: ["send_sms"] } }));
    expect(grammar.get("root")).toBe('" " (call-11-send-sms) "\\n" step-12');
    // Lines before 11 are written already: only their reference rules remain.
    expect(grammar.has("step-10")).toBe(false);
    expect(grammar.get("ref-11")).toBe('ref-10 | "\\"$10\\""');
  });

  it("stays small for all 16 tools and 12 steps", () => {
    const bytes = new TextEncoder().encode(planGrammar(BUILTIN_TOOLS)).length;
    expect(bytes).toBeLessThan(32_000);
  });
});

describe("gbnfLiteral", () => {
  it("escapes quotes, backslashes and control characters and keeps other text", () => {
    expect(gbnfLiteral('say "hi"\\')).toBe(String.raw`"say \"hi\"\\"`);
    expect(gbnfLiteral("a\nb\r\tc\u0001")).toBe(String.raw`"a\nb\r\tc\x01"`);
    expect(gbnfLiteral("Erdoğan $1 [x]")).toBe('"Erdoğan $1 [x]"');
  });
});
