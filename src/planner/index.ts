export type { Planner, PlannerPart, PlannerStats, PlanRequest } from "./Planner.js";
