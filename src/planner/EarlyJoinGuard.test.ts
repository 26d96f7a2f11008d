import { describe, expect, it } from "vitest";
import { EarlyJoinGuard } from "./EarlyJoinGuard.js";

/** Feeds `chunks` one by one; returns what passed and the early join, if one was found. */
function feed(guard: EarlyJoinGuard, chunks: readonly string[]) {
  let passed = "";
  for (const chunk of chunks) {
    const { text, earlyJoin } = guard.push(chunk);
    passed += text;
    if (earlyJoin !== undefined) return { passed, earlyJoin };
  }
  return { passed: passed + guard.flush(), earlyJoin: undefined };
}

/** A plan cut into chunks of a few characters, as tokens arrive. */
function chunks(text: string, size = 3): string[] {
  return Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
    text.slice(i * size, i * size + size),
  );
}

describe("EarlyJoinGuard", () => {
  it("passes a plan that calls every required tool through unchanged", () => {
    const plan = '1. get_phone_number("Sid")\n2. send_sms(["$1"], "late")\n3. join()';
    for (const size of [1, 3, 7, plan.length]) {
      expect(feed(new EarlyJoinGuard(["send_sms"]), chunks(plan, size))).toEqual({
        passed: plan,
        earlyJoin: undefined,
      });
    }
  });

  it("stops at a join that leaves a required tool out, passing nothing of that line", () => {
    const plan = '1. get_phone_number("Sid")\nThought: done.\n2. join()';
    for (const size of [1, 2, 5]) {
      const { passed, earlyJoin } = feed(
        new EarlyJoinGuard(["get_phone_number", "send_sms"]),
        chunks(plan, size),
      );
      expect(passed).toBe('1. get_phone_number("Sid")\nThought: done.\n');
      expect(earlyJoin).toEqual({
        prefix: '1. get_phone_number("Sid")\nThought: done.\n2.',
        step: 2,
        owed: ["send_sms"],
      });
    }
  });

  it("stops a plan that joins at once, owing every required tool", () => {
    expect(feed(new EarlyJoinGuard(["create_note", "send_sms"]), ["1", ". ", "join", "()"])).toEqual({
      passed: "",
      earlyJoin: { prefix: "1.", step: 1, owed: ["create_note", "send_sms"] },
    });
  });

  it("holds back a line start only while it could still be a join", () => {
    const guard = new EarlyJoinGuard(["send_sms"]);
    expect(guard.push("1").text).toBe("");
    expect(guard.push(". j").text).toBe("");
    // "jo" → "job_…" is a tool name, not a join: everything held goes out at once.
    expect(guard.push("ob_search(").text).toBe("1. job_search(");
    expect(guard.push('"x")\n1').text).toBe('"x")\n');
    expect(guard.push("0. ").text).toBe("");
    expect(guard.push("send").text).toBe("10. send");
  });

  it("resumes from the early join's N., dropping what was decoded after, and watches on", () => {
    const guard = new EarlyJoinGuard(["send_sms", "create_note"]);
    expect(guard.push('1. get_phone_number("Sid")\n2. join()<END').text).toBe('1. get_phone_number("Sid")\n');
    expect(guard.push("_OF_PLAN>").text).toBe("");
    expect(guard.resume()).toBe("2.");
    expect(guard.push(' send_sms(["$1"], "hi")\n3. j').text).toBe(' send_sms(["$1"], "hi")\n');
    // Still owing create_note: the next join is early too.
    const again = guard.push("oin(");
    expect(again).toEqual({
      text: "",
      earlyJoin: {
        prefix: '1. get_phone_number("Sid")\n2. send_sms(["$1"], "hi")\n3.',
        step: 3,
        owed: ["create_note"],
      },
    });
    expect(guard.resume()).toBe("3.");
    expect(guard.push(' create_note("a", "b", "")\n4. join()').text).toBe(
      ' create_note("a", "b", "")\n4. join()',
    );
  });

  it("takes no text while an early join waits, and lets the plan join after all", () => {
    const guard = new EarlyJoinGuard(["send_sms"]);
    expect(guard.push("1. join(").earlyJoin?.step).toBe(1);
    expect(guard.push(")<END").text).toBe("");
    expect(guard.flush()).toBe("");
    expect(guard.allowJoin()).toBe("1. join()<END");
    expect(guard.push("_OF_PLAN>").text).toBe("_OF_PLAN>");
    expect(guard.flush()).toBe("");
  });
});
