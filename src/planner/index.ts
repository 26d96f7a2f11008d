export type { Planner, PlannerPart, PlannerStats, PlanRequest } from "./Planner.js";
export { type JoinerOutput, parseJoinerOutput } from "./parseJoinerOutput.js";
