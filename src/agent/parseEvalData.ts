import { TinyAgentError } from "../base/index.js";
import { checkEvalRow, type EvalRow } from "./evalRowSchema.js";

/** Problems listed in one error; a file with hundreds of bad lines has one mistake repeated. */
const MAX_LISTED_PROBLEMS = 20;

/**
 * Parses an eval dataset in JSON Lines (one row object a line, blank lines skipped, a UTF-8 BOM
 * ignored) and validates every row with {@link evalRowSchema}, ids included (each must be unique).
 *
 * @throws TinyAgentError `eval/data` listing each bad line with its number, e.g.
 * `data.jsonl:3: now: must be a local time …`, or saying the file has no rows.
 */
export function parseEvalData(text: string, { source = "data" }: { source?: string } = {}): EvalRow[] {
  const rows: EvalRow[] = [];
  const problems: string[] = [];
  const idLines = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const place = `${source}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${place}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    const checked = checkEvalRow(value, place);
    if ("problems" in checked) {
      problems.push(...checked.problems);
      return;
    }
    const firstLine = idLines.get(checked.row.id);
    if (firstLine !== undefined) {
      problems.push(`${place}: id: "${checked.row.id}" is already used on line ${firstLine}`);
      return;
    }
    idLines.set(checked.row.id, index + 1);
    rows.push(checked.row);
  });
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => `  ${problem}`);
    if (problems.length > MAX_LISTED_PROBLEMS) {
      listed.push(`  … and ${problems.length - MAX_LISTED_PROBLEMS} more`);
    }
    throw new TinyAgentError(
      "eval/data",
      `${source} has rows that are not {"id","now","query","plan"}:\n${listed.join("\n")}`,
      { context: { source, problems } },
    );
  }
  if (rows.length === 0) {
    throw new TinyAgentError("eval/data", `${source} has no rows (one JSON object a line).`, {
      context: { source },
    });
  }
  return rows;
}
