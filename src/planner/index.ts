export type { Planner, PlannerPart, PlannerStats, PlanRequest, RequiredCalls } from "./Planner.js";
export { type JoinerOutput, parseJoinerOutput } from "./parseJoinerOutput.js";
