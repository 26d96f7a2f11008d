/** What the joiner model said, read the way the reference reads it. */
export interface JoinerOutput {
  /** The text after `Thought:` on the last thought line; "" when there is none. */
  readonly thought: string;
  /** The text between the first `(` and the last `)` of the last action line; "" without one. */
  readonly answer: string;
  /** Whether the last action line mentions `Replan`. */
  readonly isReplan: boolean;
  /** Whether there was an action line at all (the reference cannot tell "Finish()" from none). */
  readonly hasAction: boolean;
}

/**
 * Parses the joiner model's text like the reference's `_parse_joinner_output` (spec §3.5), line
 * by line, later lines overriding earlier ones:
 * - a line containing `Action:` is cut to start there; a line then starting with `Action:` (or
 *   `" Answer:"`) sets the answer to the text between its first `(` and its last `)`, with
 *   Python's slice semantics (no `(`: from the start; no `)`: up to the last character, so
 *   `Action: Replan` gives `Action: Repla`, which nobody uses), and `isReplan` to whether the line
 *   contains `Replan`;
 * - otherwise a line starting with `Thought:` (or `" Thought:"`) sets the thought to the text
 *   between its first and second `Thought:`, trimmed.
 *
 * It does not know about the final round; the caller forces Finish there.
 */
export function parseJoinerOutput(text: string): JoinerOutput {
  let thought = "";
  let answer = "";
  let isReplan = false;
  let hasAction = false;
  for (const rawLine of text.split("\n")) {
    const actionAt = rawLine.indexOf("Action:");
    const line = actionAt >= 0 ? rawLine.slice(actionAt) : rawLine;
    if (line.startsWith("Action:") || line.startsWith(" Answer:")) {
      // String.slice treats -1 (no ")") as Python's slice does: up to the last character.
      answer = line.slice(line.indexOf("(") + 1, line.lastIndexOf(")"));
      isReplan = line.includes("Replan");
      hasAction = true;
    } else if (line.startsWith("Thought:") || line.startsWith(" Thought:")) {
      thought = (line.split("Thought:")[1] ?? "").trim();
    }
  }
  return { thought, answer, isReplan, hasAction };
}
