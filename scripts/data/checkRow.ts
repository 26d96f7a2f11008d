import { parseLocalDateTime } from "../../src/agent/index.js";
import { parsePlan, validatePlan } from "../../src/plan/index.js";
import { compactPrompt, resolveTimes } from "../../src/prompt/index.js";
import { BUILTIN_TOOL_NAMES, type ToolRegistry } from "../../src/tools/index.js";
import type { DatasetRow } from "./DatasetRow.js";
import { goldEnd, goldStart } from "./DatePhrase.js";
import type { UsedPhrase } from "./IntentContext.js";

const PLAN_DATE = /\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2})?/g;

/** The row's `now` as the local Date the compact prompt is built from (read as `tinyagent eval` reads it). */
export function rowNow(row: Pick<DatasetRow, "now">): Date {
  const now = parseLocalDateTime(row.now);
  if (now === undefined) throw new RangeError(`not an ISO local time: ${row.now}`);
  return now;
}

/**
 * Everything wrong with a row, as messages (none for a good row): the plan fails `validatePlan`,
 * `tools` is not the plan's tools in prompt order, or a date or time in the plan does not appear in
 * the row's compact prompt — the contract that lets a small model copy dates instead of computing
 * them. Used on every generated row and on the hand-written dev set.
 */
export function checkRow(row: DatasetRow, registry: ToolRegistry): string[] {
  const problems = validatePlan(row.plan, { registry }).map(
    (issue) => `plan line ${issue.line}: ${issue.message}`,
  );
  const used = new Set(
    parsePlan(row.plan, { registry }).tasks.flatMap((task) => (task.isJoin ? [] : [task.tool])),
  );
  const expected = BUILTIN_TOOL_NAMES.filter((name) => used.has(name));
  if (JSON.stringify(expected) !== JSON.stringify(row.tools)) {
    problems.push(`tools ${JSON.stringify(row.tools)} should be ${JSON.stringify(expected)}`);
  }
  const prompt = compactPrompt({ query: row.query, now: rowNow(row) });
  for (const date of row.plan.match(PLAN_DATE) ?? []) {
    if (!prompt.includes(date)) problems.push(`plan date ${date} is not in the compact prompt:\n${prompt}`);
  }
  return problems;
}

/**
 * Whether each date phrase the generator put in the query resolves, in the compact prompt, to exactly
 * the instant the generator meant (start, and end for events): stricter than {@link checkRow}, which
 * only sees that the plan's dates are printed somewhere.
 */
export function phraseProblems(row: DatasetRow, phrases: readonly UsedPhrase[]): string[] {
  const resolved = resolveTimes(row.query, rowNow(row));
  return phrases.flatMap(({ phrase, event }) => {
    const start = goldStart(phrase);
    const end = event ? goldEnd(phrase) : undefined;
    const found = resolved.some((time) => time.start === start && (end === undefined || time.end === end));
    return found
      ? []
      : [
          `"${phrase.text}" (${phrase.family}) should resolve to ${start}${end ? ` to ${end}` : ""}, got ${JSON.stringify(resolved)}`,
        ];
  });
}
