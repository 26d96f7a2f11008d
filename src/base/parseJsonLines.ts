import { TinyAgentError } from "./TinyAgentError.js";

/** What a line's reader makes of its parsed JSON: a value, or problems (each already naming the place). */
export type JsonLineResult<T> = { readonly value: T } | { readonly problems: readonly string[] };

/**
 * Reads JSON Lines (blank lines skipped): each line is parsed and handed to `read` with its place
 * (`source:line`). Every problem is collected, so one run reports them all.
 *
 * @throws TinyAgentError with `code`, naming how many problems there were and the first five.
 */
export function parseJsonLines<T>(
  text: string,
  options: {
    readonly source: string;
    readonly code: string;
    readonly read: (value: unknown, place: string) => JsonLineResult<T>;
  },
): T[] {
  const { source, code, read } = options;
  const values: T[] = [];
  const problems: string[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const place = `${source}:${index + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      problems.push(`${place}: not JSON`);
      return;
    }
    const result = read(parsed, place);
    if ("value" in result) values.push(result.value);
    else problems.push(...result.problems);
  });
  if (problems.length > 0) {
    throw new TinyAgentError(
      code,
      `${problems.length} problem(s) in ${source}:\n${problems.slice(0, 5).join("\n")}`,
      {
        context: { source, problems: problems.length },
      },
    );
  }
  return values;
}
