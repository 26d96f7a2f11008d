import { type JsonLineResult, parseJsonLines } from "../base/index.js";
import { type PlanExample, planExampleSchema } from "./PlanExample.js";

/**
 * Parses an example bank in JSON Lines, one `{"query","plan","tools"}` object a line (blank lines
 * skipped). `source` names the file in error messages.
 *
 * @throws TinyAgentError `toolrag/examples` naming up to five bad lines.
 */
export function parseExampleBank(text: string, source: string): PlanExample[] {
  return parseJsonLines(text, {
    source,
    code: "toolrag/examples",
    read: (value, place): JsonLineResult<PlanExample> => {
      const parsed = planExampleSchema.safeParse(value);
      return parsed.success
        ? { value: parsed.data }
        : {
            problems: parsed.error.issues.map(
              (issue) => `${place}: ${issue.path.join(".")}: ${issue.message}`,
            ),
          };
    },
  });
}
