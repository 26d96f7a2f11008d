import { describe, expect, it } from "vitest";
import { ToolRegistry } from "../tools/index.js";
import { PlanStreamParser } from "./PlanStreamParser.js";
import type { PlanParseEvent, PlanTask } from "./types.js";

const registry = new ToolRegistry();

function feed(
  chunks: readonly string[],
  compat = false,
): { parser: PlanStreamParser; perPush: PlanParseEvent[][] } {
  const parser = new PlanStreamParser({ registry, compat });
  const perPush = chunks.map((chunk) => parser.push(chunk));
  perPush.push(parser.end());
  return { parser, perPush };
}

function tasks(chunks: readonly string[], compat = false): PlanTask[] {
  return feed(chunks, compat)
    .perPush.flat()
    .flatMap((event) => (event.type === "task" ? [event.task] : []));
}

function issues(chunks: readonly string[]) {
  return feed(chunks)
    .perPush.flat()
    .flatMap((event) => (event.type === "issue" ? [event.issue] : []));
}

describe("PlanStreamParser", () => {
  it("emits a task as soon as its line is complete", () => {
    const { perPush } = feed([
      '1. get_phone_number("S',
      'id")',
      "\n",
      '2. send_sms(["$1"], "hi")\n3. jo',
      "in()",
    ]);
    expect(perPush[0]).toEqual([]);
    expect(perPush[1]).toEqual([]);
    expect(perPush[2]).toEqual([
      {
        type: "task",
        task: {
          idx: 1,
          tool: "get_phone_number",
          args: ["Sid"],
          argsText: '"Sid"',
          deps: [],
          isJoin: false,
          line: 1,
        },
      },
    ]);
    expect(perPush[3]?.map((event) => event.type)).toEqual(["task"]);
    expect(perPush[4]).toEqual([
      {
        type: "task",
        task: { idx: 3, tool: "join", args: [], argsText: "", deps: [1, 2], isJoin: true, line: 3 },
      },
      { type: "end", reason: "join" },
    ]);
    expect(perPush[5]).toEqual([]);
  });

  it("keeps whitespace inside tokens (reference bug: 'LutfiEren')", () => {
    const [task] = tasks(['1. get_phone_number("Lutfi', ' Eren")\n', "2. join()"]);
    expect(task?.args).toEqual(["Lutfi Eren"]);
  });

  it('does not lose the thought after a "\\n\\n" chunk (reference bug)', () => {
    const parsed = tasks([
      '1. get_phone_number("Sid")',
      "\n\n",
      "Thought: text Sid",
      "\n",
      '2. send_sms("$1", "hi")\n',
    ]);
    expect(parsed[1]?.thought).toBe("text Sid");
    expect(tasks(['1. get_phone_number("Sid")\n\n', "Thought: x\n", "2. join()"])[1]?.thought).toBe("x");
  });

  it("binds a thought to the next action, across blank and unparsable lines; a newer one replaces it", () => {
    const parsed = tasks([
      "Thought: first\nThought: second\n\nnoise\n",
      '1. get_phone_number("Sid")\n',
      '2. get_email_address("Sid")\n',
      "Thought: done\n3. join()",
    ]);
    expect(parsed.map((task) => task.thought)).toEqual(["second", undefined, "done"]);
    expect("thought" in (parsed[1] ?? {})).toBe(false);
  });

  it("lets a failed action line consume the pending thought", () => {
    const parsed = tasks(["Thought: a\n", "1. get_contact_info('Sid')\n", '2. get_phone_number("Sid")\n']);
    expect(parsed[0]?.thought).toBeUndefined();
  });

  it("takes the arguments up to the last ) and drops what follows", () => {
    const [first, second] = tasks(
      ['1. create_note("Hi (there)", "x", "") #note\n', '2. open_note("a", "b")) junk\n'],
      true,
    );
    expect(first?.args).toEqual(["Hi (there)", "x", ""]);
    expect(second?.argsText).toBe('"a", "b")');
    expect(second?.args).toEqual(['"a", "b")']);
    expect(issues(['2. open_note("a", "b")) junk\n'])[0]?.code).toBe("plan/syntax");
  });

  it("accepts leading whitespace and CRLF line ends", () => {
    const parsed = tasks(['  1. get_phone_number("Sid")\r\n', "\tThought: ok\r\n", "2. join()\r\n"]);
    expect(parsed.map((task) => [task.idx, task.thought, task.line])).toEqual([
      [1, undefined, 1],
      [2, "ok", 3],
    ]);
  });

  it("stops at <END_OF_PLAN> split across chunks, parsing the text before it", () => {
    const { perPush, parser } = feed([
      '1. get_phone_number("Sid")<END_',
      "OF_PLAN>",
      '\n2. get_email_address("x")\n',
    ]);
    expect(perPush[0]).toEqual([]);
    expect(perPush[1]?.map((event) => event.type)).toEqual(["task", "end"]);
    expect(perPush[1]?.[1]).toEqual({ type: "end", reason: "end-of-plan" });
    expect(perPush[2]).toEqual([]);
    expect(parser.done).toBe(true);
  });

  it("ends at join before the stop sequence, and ignores everything after it", () => {
    const { perPush, parser } = feed(["1. join()", "<END_OF_PLAN>", "\n2. send_sms('x', 'y')"]);
    expect(perPush[0]?.map((event) => event.type)).toEqual(["task", "end"]);
    expect(perPush[0]?.[1]).toEqual({ type: "end", reason: "join" });
    expect(parser.consumedLength).toBe("1. join()".length);
    expect(perPush.slice(1).flat()).toEqual([]);
  });

  it("ends at end() when there is no join, parsing the unterminated last line", () => {
    const { perPush, parser } = feed(['1. get_phone_number("Sid")']);
    expect(perPush[1]?.map((event) => (event.type === "end" ? event.reason : event.type))).toEqual([
      "task",
      "end-of-input",
    ]);
    expect(parser.done).toBe(true);
    expect(parser.end()).toEqual([]);
    expect(parser.push("more")).toEqual([]);
  });

  it("makes join depend on every earlier step that exists, not on gaps or failed steps", () => {
    const parsed = tasks([
      '1. get_phone_number("Sid")\n',
      '2. nope("x")\n',
      '3. send_sms("$1", "hi")\n',
      "5. join()",
    ]);
    expect(parsed.at(-1)?.deps).toEqual([1, 3]);
  });

  it("takes deps from the raw text: free text counts, later and self references do not", () => {
    const parsed = tasks([
      '1. get_phone_number("Sid")\n',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: ${N} is plan text here, not a template.
      '2. send_sms(["${1}"], "costs $1, see $2 and $3")\n',
      '3. create_note("$1", "$2", "")\n',
    ]);
    expect(parsed.map((task) => task.deps)).toEqual([[], [1], [1, 2]]);
  });

  it("reports an unknown tool with its line and goes on", () => {
    expect(issues(["Thought: x\n", "1. get_contact_info('Sid')\n", '2. get_phone_number("Sid")'])).toEqual([
      { line: 2, message: 'unknown tool "get_contact_info" in step 1', code: "plan/unknown-tool" },
    ]);
    expect(
      tasks(["1. get_contact_info('Sid')\n", '2. get_phone_number("Sid")']).map((task) => task.idx),
    ).toEqual([2]);
  });

  it("reports unparsable arguments in strict mode and falls back to the raw text in compat mode", () => {
    expect(issues(['1. get_phone_number(name="Sid")\n'])).toEqual([
      {
        line: 1,
        message:
          'get_phone_number: cannot parse the arguments of step 1: column 1: keyword arguments are not supported (found "name="); pass arguments by position',
        code: "plan/syntax",
      },
    ]);
    expect(tasks(["1. get_phone_number($1)\n"], true)[0]?.args).toEqual(["$1"]);
  });

  it("splats a lone list in compat mode only", () => {
    const line = ['1. send_sms(["a", "b"])\n'];
    expect(tasks(line)[0]?.args).toEqual([["a", "b"]]);
    expect(tasks(line, true)[0]?.args).toEqual(["a", "b"]);
  });

  it("reports lines that are neither thought nor action", () => {
    expect(
      issues(["Question: hi\n", "   \n", '1.get_phone_number("x")\n', '2. get_phone_number("x"\n']),
    ).toEqual([
      {
        line: 1,
        message: 'unexpected text "Question: hi": expected "Thought: ..." or an action "N. tool(arguments)"',
        code: "plan/syntax",
      },
      {
        line: 3,
        message:
          'malformed action line "1.get_phone_number(\\"x\\")": expected "N. tool(arguments)" on one line',
        code: "plan/syntax",
      },
      {
        line: 4,
        message:
          'malformed action line "2. get_phone_number(\\"x\\"": expected "N. tool(arguments)" on one line',
        code: "plan/syntax",
      },
    ]);
  });

  it("parses a plan with no steps but join", () => {
    expect(tasks(["1. join()<END_OF_PLAN>"])).toEqual([
      { idx: 1, tool: "join", args: [], argsText: "", deps: [], isJoin: true, line: 1 },
    ]);
  });
});
