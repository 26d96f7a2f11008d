export type { AgentEvent, AgentEventListener } from "./AgentEvent.js";
export {
  type BuildPlanRequestOptions,
  buildPlanRequest,
  DEFAULT_GRAMMAR_BOUNDS,
} from "./buildPlanRequest.js";
export type { EvalReport, EvalRowResult } from "./EvalReport.js";
export { enabledToolNames } from "./enabledToolNames.js";
export { checkEvalRow, type EvalRow, type EvalRowInput, evalRowSchema } from "./evalRowSchema.js";
export { type EvaluatePlannerOptions, evaluatePlanner } from "./evaluatePlanner.js";
export { END_OF_RESPONSE, LlmJoiner, type LlmJoinerOptions } from "./LlmJoiner.js";
export { mergeSettings } from "./mergeSettings.js";
export { parseEvalData } from "./parseEvalData.js";
export { parseLocalDateTime } from "./parseLocalDateTime.js";
export { describeIssues, type ParsedSettings, parseSettings, type SettingsIssue } from "./parseSettings.js";
export { percentile } from "./percentile.js";
export { type RenderEvalReportOptions, renderEvalReport } from "./renderEvalReport.js";
export { type ReplanContextInput, replanContext } from "./replanContext.js";
export { type AgentResult, DEFAULT_MAX_REPLANS, type RunAgentOptions, runAgent } from "./runAgent.js";
export {
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsInput,
  type SettingsPatch,
  settingsSchema,
} from "./settingsSchema.js";
