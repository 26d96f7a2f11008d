import { describe, expect, it } from "vitest";
import { pythonRepr, pythonStr } from "./pythonRepr.js";

describe("pythonRepr", () => {
  it("quotes strings like Python: single quotes unless only single quotes occur", () => {
    expect(pythonRepr("a@b.com")).toBe("'a@b.com'");
    expect(pythonRepr("It's")).toBe(`"It's"`);
    expect(pythonRepr(`say "hi"`)).toBe(`'say "hi"'`);
    expect(pythonRepr(`it's "x"`)).toBe(`'it\\'s "x"'`);
    expect(pythonRepr("")).toBe("''");
  });

  it("escapes backslashes, control and non-printable characters, keeps printable Unicode", () => {
    expect(pythonRepr("a\\b")).toBe("'a\\\\b'");
    expect(pythonRepr("l1\nl2\tx\r")).toBe("'l1\\nl2\\tx\\r'");
    expect(pythonRepr("\u0000\u001f\u007f\u0085\u00a0")).toBe("'\\x00\\x1f\\x7f\\x85\\xa0'");
    expect(pythonRepr("\u200b\u2028")).toBe("'\\u200b\\u2028'");
    expect(pythonRepr("Erdoğan 日本 😀")).toBe("'Erdoğan 日本 😀'");
  });

  it("prints None, booleans, numbers, lists and dicts as Python does", () => {
    expect(pythonRepr(null)).toBe("None");
    expect(pythonRepr(undefined)).toBe("None");
    expect(pythonRepr(true)).toBe("True");
    expect(pythonRepr(false)).toBe("False");
    expect(pythonRepr(60)).toBe("60");
    expect(pythonRepr(-3)).toBe("-3");
    expect(pythonRepr(1.5)).toBe("1.5");
    expect(pythonRepr(0.0001)).toBe("0.0001");
    expect(pythonRepr(0.00001)).toBe("1e-05");
    expect(pythonRepr(1.5e-7)).toBe("1.5e-07");
    expect(pythonRepr(1e22)).toBe("10000000000000000000000");
    expect(pythonRepr(Number.POSITIVE_INFINITY)).toBe("inf");
    expect(pythonRepr(Number.NaN)).toBe("nan");
    expect(pythonRepr(["a@b.com", "c@d.com"])).toBe("['a@b.com', 'c@d.com']");
    expect(pythonRepr([])).toBe("[]");
    expect(pythonRepr([1, [null, "x"]])).toBe("[1, [None, 'x']]");
    expect(pythonRepr({ k: 1, "it's": [true] })).toBe(`{'k': 1, "it's": [True]}`);
  });
});

describe("pythonStr", () => {
  it("leaves strings unquoted and falls back to repr for everything else", () => {
    expect(pythonStr("Sid")).toBe("Sid");
    expect(pythonStr(["$1"])).toBe("['$1']");
    expect(pythonStr(null)).toBe("None");
    expect(pythonStr(0)).toBe("0");
  });
});
