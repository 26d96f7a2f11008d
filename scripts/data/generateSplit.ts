import { TinyAgentError } from "../../src/base/index.js";
import { ToolRegistry } from "../../src/tools/index.js";
import { formatCivilIso } from "./CivilDateTime.js";
import { checkRow, phraseProblems } from "./checkRow.js";
import type { DatasetRow } from "./DatasetRow.js";
import { IntentContext } from "./IntentContext.js";
import { INTENTS } from "./intents/index.js";
import { Pools } from "./pools/Pools.js";
import { Random } from "./Random.js";
import { randomNow } from "./randomNow.js";
import type { Split } from "./Split.js";
import { drawQueryStyle, renderQuery } from "./style.js";

/** A generated row and what made it (for statistics and the held-out tests; not written out). */
export interface GeneratedRow {
  readonly row: DatasetRow;
  readonly intent: string;
  readonly templates: readonly string[];
  /** Every pool value the row drew (names, nouns, places, …). */
  readonly picked: readonly string[];
  readonly phraseFamilies: readonly string[];
}

export interface GenerateSplitOptions {
  readonly seed: number;
  readonly split: Split;
  readonly count: number;
  /** Queries already used (by earlier splits): a row never repeats one. Updated in place. */
  readonly seen?: Set<string>;
}

export interface GeneratedSplit {
  readonly rows: readonly GeneratedRow[];
  /** Drafts dropped because their date phrases did not resolve as meant (should stay near zero). */
  readonly rejectedDates: number;
  /** Drafts dropped because their query was already used. */
  readonly duplicates: number;
}

const MAX_ATTEMPTS = 50;
const THOUGHT_CHANCE = 0.3;
const registry = new ToolRegistry();

/**
 * Generates one split, row by row, each from its own random stream (`seed`, split, row index,
 * attempt), so the output is a pure function of the options. Every row passes `validatePlan` and the
 * compact-prompt date contract, or generation throws: a bad gold plan is a generator bug.
 */
export function generateSplit(options: GenerateSplitOptions): GeneratedSplit {
  const pools = new Pools(options.split);
  const seen = options.seen ?? new Set<string>();
  const rows: GeneratedRow[] = [];
  let rejectedDates = 0;
  let duplicates = 0;
  const weights = INTENTS.map((intent) => [intent, intent.weight] as const);
  for (let index = 0; index < options.count; index += 1) {
    let made: GeneratedRow | undefined;
    for (let attempt = 0; made === undefined; attempt += 1) {
      if (attempt === MAX_ATTEMPTS) {
        throw new TinyAgentError(
          "data/no-row",
          `Could not draw row ${index} of ${options.split} in ${MAX_ATTEMPTS} attempts.`,
          { context: { seed: options.seed } },
        );
      }
      const random = Random.forRow(
        options.seed,
        options.split,
        attempt === 0 ? index : index * MAX_ATTEMPTS + attempt + 1e9,
      );
      pools.takePicked();
      const now = randomNow(random);
      const context = new IntentContext(random, pools, options.split, now, drawQueryStyle(random));
      const intent = random.weighted(weights);
      const query = renderQuery(intent.compose(context), context.style, random);
      const row: DatasetRow = {
        id: `${options.split}-${String(index + 1).padStart(6, "0")}`,
        now: formatCivilIso(now),
        query,
        plan: context.plan.render({ thought: random.chance(THOUGHT_CHANCE) }),
        tools: context.plan.tools(),
      };
      if (seen.has(query)) {
        duplicates += 1;
        continue;
      }
      if (phraseProblems(row, context.phrases).length > 0) {
        rejectedDates += 1;
        continue;
      }
      const problems = checkRow(row, registry);
      if (problems.length > 0) {
        throw new TinyAgentError(
          "data/bad-row",
          `Generated row ${row.id} is invalid: ${problems.join("; ")}`,
          { context: { row } },
        );
      }
      seen.add(query);
      made = {
        row,
        intent: intent.name,
        templates: context.templates,
        picked: pools.takePicked(),
        phraseFamilies: context.phrases.map(({ phrase }) => phrase.family),
      };
    }
    rows.push(made);
  }
  return { rows, rejectedDates, duplicates };
}
