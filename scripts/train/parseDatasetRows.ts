import { checkEvalRow, parseLocalDateTime } from "../../src/agent/index.js";
import { type JsonLineResult, parseJsonLines } from "../../src/base/index.js";

/** One dataset row (`npm run data`), read for training. */
export interface DatasetRow {
  readonly id: string;
  /** The row's `now`, read as local wall-clock time. */
  readonly now: Date;
  readonly query: string;
  /** The gold plan, `1. …\nN. join()<END_OF_PLAN>`, without trailing whitespace. */
  readonly plan: string;
  /** Tools the gold plan calls (the row's `tools`, else read from the plan), without `join`. */
  readonly tools: readonly string[];
}

// "3. get_phone_number(" at the start of a plan line.
const PLAN_CALL = /^\s*\d+\.\s*([A-Za-z_]\w*)\(/gm;

/**
 * Parses dataset JSONL (`{"id","now","query","plan","tools"}` a line; blank lines skipped).
 *
 * @throws TinyAgentError `train/data` naming up to five bad lines, as `source:line: problem`.
 */
export function parseDatasetRows(text: string, source: string): DatasetRow[] {
  return parseJsonLines(text, {
    source,
    code: "train/data",
    read: (value, place): JsonLineResult<DatasetRow> => {
      const checked = checkEvalRow(value, place);
      if ("problems" in checked) return { problems: checked.problems };
      const { id, now, query, plan } = checked.row;
      const tools = (value as { tools?: unknown }).tools;
      return {
        value: {
          id,
          // checkEvalRow already proved that `now` parses.
          now: parseLocalDateTime(now) as Date,
          query,
          plan: plan.trimEnd(),
          tools: isStringArray(tools) ? tools : planTools(plan),
        },
      };
    },
  });
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function planTools(plan: string): string[] {
  const names = [...plan.matchAll(PLAN_CALL)].map((match) => match[1] as string);
  return [...new Set(names.filter((name) => name !== "join"))];
}
