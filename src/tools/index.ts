export { argsSchemaFor } from "./argsSchema.js";
export { BUILTIN_TOOL_NAMES, BUILTIN_TOOLS, JOIN_DESCRIPTION } from "./builtinTools.js";
export { defineTool, signatureOf, type ToolDefinition } from "./defineTool.js";
export { ToolFailure } from "./ToolFailure.js";
export { ToolRegistry } from "./ToolRegistry.js";
export {
  APP_GROUPS,
  type AppGroup,
  type ParamType,
  type RiskTier,
  type SemanticKind,
  type ToolBackend,
  type ToolContext,
  type ToolHandler,
  type ToolParam,
  type ToolSpec,
} from "./ToolSpec.js";
