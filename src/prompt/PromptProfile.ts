/**
 * Which prompt family a model expects (DESIGN.md §5). `tinyagent` sends the reference prompts byte for
 * byte, for TinyAgent-1.1B/7B and general instruction models; `compact` is the short prompt our embedded
 * planner is trained on (`compactPrompt`). A model entry in models.json names its profile.
 */
export type PromptProfile = "tinyagent" | "compact";
