/**
 * The planner's user message for a first plan: `Question: <query>` with no trailing newline, exactly as
 * the fine-tuned models saw it (spec §4.2).
 */
export function plannerUserMessage(query: string): string {
  return `Question: ${query}`;
}
