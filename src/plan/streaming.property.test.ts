import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ToolRegistry } from "../tools/index.js";
import { scorePlan } from "./metrics/index.js";
import { PlanStreamParser } from "./PlanStreamParser.js";
import { collectPlan, parsePlan } from "./parsePlan.js";
import {
  blankLineChunks,
  chunkedPlanArbitrary,
  singleCharacterChunks,
  validPlanArbitrary,
} from "./testing/planArbitraries.js";
import type { PlanParseEvent } from "./types.js";
import { validatePlan } from "./validatePlan.js";

const registry = new ToolRegistry();
registry.register({
  name: "count_words",
  app: "custom",
  risk: "read",
  params: [{ name: "text", type: "str", kind: "free-text", nullable: false }],
  bullets: ["Counts words."],
});

function streamEvents(chunks: readonly string[], compat: boolean): PlanParseEvent[] {
  const parser = new PlanStreamParser({ registry, compat });
  const events = chunks.flatMap((chunk) => parser.push(chunk));
  events.push(...parser.end());
  expect(parser.done).toBe(true);
  return events;
}

describe("PlanStreamParser: streaming any split equals batch parsing", () => {
  // 10,000 random valid and mutated plans (random compat mode), each streamed three ways.
  it("gives identical events and ParsedPlan for random, one-character and blank-line splits", () => {
    fc.assert(
      fc.property(chunkedPlanArbitrary(registry), fc.boolean(), ({ text, chunks }, compat) => {
        const batchEvents = streamEvents([text], compat);
        const expected = JSON.stringify(batchEvents);
        expect(JSON.stringify(parsePlan(text, { registry, compat }))).toBe(
          JSON.stringify(collectPlan(batchEvents)),
        );
        for (const split of [chunks, singleCharacterChunks(text), blankLineChunks(text)]) {
          expect(JSON.stringify(streamEvents(split, compat))).toBe(expected);
        }
        expect(batchEvents.filter((event) => event.type === "end")).toHaveLength(1);
        expect(() => validatePlan(text, { registry, compat })).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  });

  it("finds no issue in well-formed plans, and parses one task per step", () => {
    fc.assert(
      fc.property(validPlanArbitrary(registry), (text) => {
        expect(validatePlan(text, { registry })).toEqual([]);
        const { tasks } = parsePlan(text, { registry });
        expect(tasks.map((task) => task.idx)).toEqual(tasks.map((_, index) => index + 1));
        expect(tasks.at(-1)?.isJoin).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("plan scorer on random plans", () => {
  // The same 10,000 random and mutated plans, scored against random valid gold plans: the scorer
  // must never throw, must stay within [0, 1], and must give 0 to anything malformed.
  it("never throws and scores malformed predictions 0", () => {
    fc.assert(
      fc.property(chunkedPlanArbitrary(registry), validPlanArbitrary(registry), ({ text }, gold) => {
        const score = scorePlan(text, gold, { registry });
        for (const value of [score.success, score.strictSuccess, score.toolRecall, score.toolPrecision]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        if (score.malformed) {
          expect(score.success).toBe(0);
          expect(score.strictSuccess).toBe(0);
        }
        // Scoring the other way round (a malformed gold) must not throw either.
        expect(() => scorePlan(gold, text, { registry })).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  });

  it("gives every well-formed plan a perfect score against itself", () => {
    fc.assert(
      fc.property(validPlanArbitrary(registry), (plan) => {
        expect(scorePlan(plan, plan, { registry })).toEqual({
          success: 1,
          strictSuccess: 1,
          malformed: false,
          toolRecall: 1,
          toolPrecision: 1,
        });
      }),
      { numRuns: 1_000 },
    );
  });
});
