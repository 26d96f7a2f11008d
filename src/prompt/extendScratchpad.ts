/**
 * Adds one round's rendered tasks to the joiner's scratchpad the way the reference does (spec §3.5):
 * `(scratchpad + "\n\n" + entries.join("")).strip()`. Entries come from `renderScratchpadEntry` without
 * indices, in insertion order: every non-join task, plus a join that carries an observation (the
 * parse-error join). The scratchpad accumulates across replans.
 */
export function extendScratchpad(scratchpad: string, entries: readonly string[]): string {
  return `${scratchpad}\n\n${entries.join("")}`.trim();
}
