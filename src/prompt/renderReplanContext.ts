/**
 * One round's context for the replanner (spec §3.6, `_generate_context_for_replanner`): the round's
 * non-join tasks rendered by `renderScratchpadEntry` *with* indices, joined with "\n" (so a blank line
 * separates steps, each already ending in "\n"), then "\n\n" and `Thought: <joiner thought>`.
 * `replanUserMessage` wraps each such context in "Previous Plan:\n\n…\n\n".
 */
export function renderReplanContext(entries: readonly string[], joinerThought: string): string {
  return `${entries.join("\n")}\n\nThought: ${joinerThought}`;
}
