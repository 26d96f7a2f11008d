export { ClassifierToolSelector, type ClassifierToolSelectorOptions } from "./ClassifierToolSelector.js";
export { DEFAULT_EXAMPLE_COUNT, type EmbedTexts, ExampleBank, type RetrieveOptions } from "./ExampleBank.js";
export { matchToolsByKeywords } from "./matchToolsByKeywords.js";
export { NO_TOOL_LABEL } from "./noToolLabel.js";
export { formatExample, type PlanExample, planExampleSchema } from "./PlanExample.js";
export { parseExampleBank } from "./parseExampleBank.js";
export {
  DEFAULT_MIN_TOOLS,
  DEFAULT_REQUIRED_THRESHOLD,
  DEFAULT_TOOL_THRESHOLD,
  NO_TOOL_MAX_TOOL_SCORE,
  NO_TOOL_THRESHOLD,
  type SelectToolsInput,
  selectTools,
} from "./selectTools.js";
export type { ToolClassifier } from "./ToolClassifier.js";
export type { ToolSelection } from "./ToolSelection.js";
export type { ToolSelectOptions, ToolSelector } from "./ToolSelector.js";
export { toolLabels } from "./toolLabels.js";
export { addsSpecialTokens, truncateTokenIds } from "./truncateTokenIds.js";
