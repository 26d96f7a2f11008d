import { z } from "zod";

/** One solved request in the example bank: what the user asked and the plan that does it. */
export interface PlanExample {
  readonly query: string;
  /** LLMCompiler plan text, `1. …` lines ending in `N. join()<END_OF_PLAN>`. */
  readonly plan: string;
  /** The tools the plan calls (without join); the example is offered only when all are selected. */
  readonly tools: readonly string[];
}

/** One line of an example bank file (`models/toolrag/examples.jsonl.gz`). */
export const planExampleSchema = z.object({
  query: z.string().trim().min(1, "must not be empty"),
  plan: z.string().regex(/join\(\)<END_OF_PLAN>\s*$/, "must be a plan ending in join()<END_OF_PLAN>"),
  tools: z.array(z.string()),
});

/**
 * The example as the `tinyagent` planner prompt shows it (spec §4.1): `Question: <query>\n`, the
 * plan lines, and a final newline after `join()<END_OF_PLAN>`; the prompt builder puts `###\n`
 * after each.
 */
export function formatExample(example: Pick<PlanExample, "query" | "plan">): string {
  return `Question: ${example.query}\n${example.plan.trimEnd()}\n`;
}
