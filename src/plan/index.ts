export { findDependencies } from "./findDependencies.js";
export * from "./metrics/index.js";
export {
  END_OF_PLAN,
  isJoinLine,
  PlanStreamParser,
  type PlanStreamParserOptions,
} from "./PlanStreamParser.js";
export { collectPlan, type ParsePlanOptions, parsePlan } from "./parsePlan.js";
export {
  type ParsePythonArgsOptions,
  type ParsePythonArgsResult,
  parsePythonArgs,
} from "./parsePythonArgs.js";
export {
  COPIED_KINDS,
  DEFAULT_MAX_STEPS,
  type PlanGrammarOptions,
  planGrammar,
} from "./planGrammar.js";
export type { ParsedPlan, PlanIssue, PlanParseEvent, PlanTask, PlanValue } from "./types.js";
export { type ValidatePlanOptions, validatePlan } from "./validatePlan.js";
