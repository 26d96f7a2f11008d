import { JOINER_FINAL_PROMPT, JOINER_PROMPT } from "./joinerPrompts.js";

export interface JoinerPromptOptions {
  readonly query: string;
  /** The accumulated, stripped scratchpad (`extendScratchpad`). */
  readonly scratchpad: string;
  /** The last round: Finish only (`OUTPUT_PROMPT_FINAL`); otherwise Finish or Replan. */
  readonly final: boolean;
}

/**
 * The joiner's whole prompt (spec §3.5), sent as one user message with no system message and stop
 * `<END_OF_RESPONSE>`: `<instructions>\nQuestion: <query>\n\n<scratchpad>\n`.
 */
export function joinerPrompt({ query, scratchpad, final }: JoinerPromptOptions): string {
  return `${final ? JOINER_FINAL_PROMPT : JOINER_PROMPT}\nQuestion: ${query}\n\n${scratchpad}\n`;
}
