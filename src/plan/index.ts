export type { ParsedPlan, PlanIssue, PlanParseEvent, PlanTask, PlanValue } from "./types.js";
