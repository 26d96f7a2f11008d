import type { PlanRequest } from "../Planner.js";

/**
 * What joins the system prompt and the user message when a model has no chat template: the
 * reference LLMCompiler completion format (spec §4.2, its vLLM/Friendli path), `system + "\n\n" +
 * user`, with nothing before, nothing after and no trailing newline. Our embedded planner is
 * trained on exactly this layout.
 */
export const COMPLETION_PROMPT_SEPARATOR = "\n\n";

/**
 * The raw prompt text of `request` in the completion format (the tokenizer adds BOS); just `user`
 * when there is no system prompt (the joiner's one-message prompt).
 */
export function completionPrompt(request: Pick<PlanRequest, "system" | "user">): string {
  return request.system ? request.system + COMPLETION_PROMPT_SEPARATOR + request.user : request.user;
}
