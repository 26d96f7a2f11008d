export interface ScratchpadEntry {
  /** The `Thought:` line that preceded the action in the plan, if any. */
  readonly thought?: string;
  /** The stringified call (`stringifyCall`), e.g. `send_sms(recipients=['+1555'], message=Hi)`. */
  readonly call: string;
  /** The tool's observation; absent when the task produced none. An empty string still prints. */
  readonly observation?: string;
  /** The step number; given for the replanner's context, left out for the joiner's scratchpad. */
  readonly index?: number;
}

/**
 * One task as the reference's `get_though_action_observation` renders it (spec §3.1):
 * `Thought: <thought>\n` (when there is a thought), then `[<index>. ]<call>\n`, then
 * `Observation: <observation>\n` (when there is one).
 */
export function renderScratchpadEntry({ thought, call, observation, index }: ScratchpadEntry): string {
  let text = thought ? `Thought: ${thought}\n` : "";
  text += `${index === undefined ? "" : `${index}. `}${call}\n`;
  if (observation !== undefined) text += `Observation: ${observation}\n`;
  return text;
}
