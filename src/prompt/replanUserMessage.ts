/**
 * The planner's user message for a replan (spec §3.6, `LLMCompiler._format_contexts` + `Planner.run_llm`):
 *
 * ```
 * "Question: <query>\n"
 * + for each earlier round: "Previous Plan:\n\n" + <context> + "\n\n"
 * + "Current Plan:\n\n"
 * + "\n"
 * ```
 *
 * Each context is one round's rendering from `renderReplanContext` (numbered steps with their thoughts and
 * observations, a blank line between steps, then "\n\nThought: <joiner thought>"). The message therefore
 * ends in "Current Plan:\n\n\n"; the model continues with a `Thought:` line and a plan numbered from 1.
 */
export function replanUserMessage(query: string, contexts: readonly string[]): string {
  const previous = contexts.map((context) => `Previous Plan:\n\n${context}\n\n`).join("");
  return `Question: ${query}\n${previous}Current Plan:\n\n\n`;
}
