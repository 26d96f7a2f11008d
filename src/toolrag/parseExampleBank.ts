import { TinyAgentError } from "../base/index.js";
import { type PlanExample, planExampleSchema } from "./PlanExample.js";

/**
 * Parses an example bank in JSON Lines, one `{"query","plan","tools"}` object a line (blank lines
 * skipped). `source` names the file in error messages.
 *
 * @throws TinyAgentError `toolrag/examples` naming up to five bad lines.
 */
export function parseExampleBank(text: string, source: string): PlanExample[] {
  const examples: PlanExample[] = [];
  const problems: string[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const place = `${source}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`${place}: not JSON`);
      return;
    }
    const parsed = planExampleSchema.safeParse(value);
    if (parsed.success) examples.push(parsed.data);
    else
      problems.push(
        ...parsed.error.issues.map((issue) => `${place}: ${issue.path.join(".")}: ${issue.message}`),
      );
  });
  if (problems.length > 0) {
    throw new TinyAgentError(
      "toolrag/examples",
      `${problems.length} problem(s) in ${source}:\n${problems.slice(0, 5).join("\n")}`,
      { context: { source, problems: problems.length } },
    );
  }
  return examples;
}
