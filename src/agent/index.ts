export type { AgentEvent, AgentEventListener } from "./AgentEvent.js";
export { type BuildPlanRequestOptions, buildPlanRequest } from "./buildPlanRequest.js";
export { enabledToolNames } from "./enabledToolNames.js";
export { END_OF_RESPONSE, LlmJoiner, type LlmJoinerOptions } from "./LlmJoiner.js";
export { mergeSettings } from "./mergeSettings.js";
export { describeIssues, type ParsedSettings, parseSettings, type SettingsIssue } from "./parseSettings.js";
export { type ReplanContextInput, replanContext } from "./replanContext.js";
export { type AgentResult, DEFAULT_MAX_REPLANS, type RunAgentOptions, runAgent } from "./runAgent.js";
export {
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsInput,
  type SettingsPatch,
  settingsSchema,
} from "./settingsSchema.js";
