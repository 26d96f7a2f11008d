import { describe, expect, it } from "vitest";
import { parsePythonArgs } from "./parsePythonArgs.js";

const strict = (text: string) => parsePythonArgs(text);
const compat = (text: string) => parsePythonArgs(text, { compat: true });

describe("parsePythonArgs (strict: a call's argument list)", () => {
  it.each([
    ["", []],
    ["   ", []],
    ['"Sid"', ["Sid"]],
    ['"a", "b"', ["a", "b"]],
    ['["$1"], "msg"', [["$1"], "msg"]],
    ['["x", "y"]', [["x", "y"]]],
    ["'x', True, 3", ["x", true, 3]],
    ['"a", None, False', ["a", null, false]],
    ['"a",', ["a"]],
    ["[1, 2,], (3,), (4), ()", [[1, 2], [3], 4, []]],
    [
      "-3, +4, -2.5, 1e3, .5, 5., 1_000, 0x1F, 0o17, 0b101, 00",
      [-3, 4, -2.5, 1000, 0.5, 5, 1000, 31, 15, 5, 0],
    ],
    ["{\"a\": [1, None], 'b': {}}", [{ a: [1, null], b: {} }]],
    ['{1: "x", True: "y", None: "z"}', [{ 1: "x", True: "y", None: "z" }]],
    ['{"b", "a", "b"}', [["b", "a"]]],
    ['"Meeting Postponed," "", []', ["Meeting Postponed,", []]],
    ["'a''b'  \"c\"", ["abc"]],
    ['"a" # trailing comment', ["a"]],
    ["\t[ 'x' ,\t'y' ] , 'z' ", [["x", "y"], "z"]],
  ])("%s", (text, expected) => {
    expect(strict(text)).toEqual({ ok: true, args: expected });
  });

  it("decodes Python escapes", () => {
    expect(strict(String.raw`"a\nb\tc\\d\'e\"f\x41\u00e9\U0001F600\101\q"`)).toEqual({
      ok: true,
      args: ["a\nb\tc\\d'e\"fAé😀A\\q"],
    });
    expect(strict(String.raw`r"a\nb\"", u'ü', """x"y""", '''it's'''`)).toEqual({
      ok: true,
      args: [String.raw`a\nb\"`, "ü", 'x"y', "it's"],
    });
  });

  it('keeps a "__proto__" key as data', () => {
    const result = strict('{"__proto__": 1}');
    expect(result.ok && JSON.stringify(result.args)).toBe('[{"__proto__":1}]');
  });

  it.each([
    ["$1", /column 1: .*quoted string, e\.g\. "\$1"/],
    ['$1, "hi"', /column 1/],
    ['name="Sid"', /column 1: keyword arguments are not supported \(found "name="\)/],
    ['"Sid", folder = ""', /column 8: keyword arguments/],
    ['"unterminated', /column 1: unterminated string/],
    ['"a" "b', /column 5: unterminated string/],
    ["1,,", /column 3: expected a value/],
    [",", /column 1: expected a value/],
    ['"a" "b" 3', /column 9: expected "," or the end of the arguments, found "3"/],
    ["[1, 2", /column 6: expected "," or "]", found the end of the arguments/],
    ["007", /leading zeros/],
    ["foo", /unknown name "foo"/],
    ["true", /unknown name "true"/],
    ["-True", /a number after "-"/],
    ["1j", /separator after the number/],
    ['b"x"', /bytes literals are not supported/],
    ['f"x"', /f-strings are not supported/],
    [String.raw`"\x4"`, /truncated \\x escape/],
    [String.raw`"\N{DASH}"`, /\\N\{\.\.\.\} escapes are not supported/],
    [`${"[".repeat(250)}${"]".repeat(250)}`, /nested too deeply/],
    ["{[1]: 2}", /a dict key cannot be a list/],
  ])("rejects %s", (text, message) => {
    const result = strict(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe("parsePythonArgs (compat: the reference _parse_llm_compiler_action_args)", () => {
  it.each([
    ["", []],
    ['"Sid"', ["Sid"]],
    ['"a", "b"', ["a", "b"]],
    // The lone-list splat quirk: a lone list or tuple becomes the positional arguments.
    ['["a@x.com", "b@x.com"]', ["a@x.com", "b@x.com"]],
    ['("a", "b")', ["a", "b"]],
    ["(1,)", [1]],
    ["()", []],
    ['["x"],', [["x"]]],
    ['{"a", "b"}', [["a", "b"]]],
    ['{"k": 1}', [{ k: 1 }]],
    // Failed literal_eval: the raw text is the one argument.
    ["$1", ["$1"]],
    ['$1, "hi"', ['$1, "hi"']],
    ['name="Sid"', ['name="Sid"']],
    ["   ", ["   "]],
    ['"Meeting Postponed," "", []', ["Meeting Postponed,", []]],
  ])("%s", (text, expected) => {
    expect(compat(text)).toEqual({ ok: true, args: expected });
  });
});
