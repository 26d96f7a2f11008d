import { describe, expect, it } from "vitest";
import type { Planner, PlannerPart, PlannerStats } from "../planner/index.js";
import { plannerText } from "./plannerText.js";
import { testPlannerStats } from "./testPlannerStats.js";

const STATS = testPlannerStats();

/** A planner streaming `texts` then its stats, that records whether it was stopped early. */
function scripted(texts: readonly string[]): Planner & { stopped: boolean } {
  const planner = {
    stopped: false,
    async *plan(): AsyncGenerator<PlannerPart> {
      let ended = false;
      try {
        for (const text of texts) yield { type: "text-delta", text };
        yield { type: "plan-end", stats: STATS };
        ended = true;
      } finally {
        if (!ended) planner.stopped = true;
      }
    },
  };
  return planner;
}

/** Reads the text like the executor: up to and including the chunk that contains `until`. */
async function readUntil(chunks: AsyncIterable<string>, until: string): Promise<string> {
  let text = "";
  for await (const chunk of chunks) {
    text += chunk;
    if (text.includes(until)) break;
  }
  return text;
}

describe("plannerText", () => {
  it("still reads the stats when the reader stops at the plan's end", async () => {
    const planner = scripted(['1. get_phone_number("Sid")\n2. join()', "<END_OF_PLAN>"]);
    const ends: PlannerStats[] = [];
    const text = await readUntil(
      plannerText(planner, { user: "q", stop: [] }, { buffer: false, onEnd: (stats) => ends.push(stats) }),
      "<END_OF_PLAN>",
    );
    expect(text).toBe('1. get_phone_number("Sid")\n2. join()<END_OF_PLAN>');
    expect(ends).toEqual([STATS]);
    expect(planner.stopped).toBe(false);
  });

  it("stops the planner when the reader stops before the plan's end", async () => {
    const planner = scripted([
      '1. get_phone_number("Sid")\n',
      "2. send_sms(",
      '["$1"], "hi")\n3. join()<END_OF_PLAN>',
    ]);
    const ends: PlannerStats[] = [];
    await readUntil(
      plannerText(planner, { user: "q", stop: [] }, { buffer: false, onEnd: (stats) => ends.push(stats) }),
      "send_sms",
    );
    expect(planner.stopped).toBe(true);
    expect(ends).toEqual([]);
  });
});
