export { type ArgumentsMatchOptions, argumentsMatch, FREE_TEXT_THRESHOLD } from "./argumentsMatch.js";
export { isMalformed } from "./isMalformed.js";
export { buildReferenceGraph, type ReferenceGraph } from "./ReferenceGraph.js";
export { referencePlanSteps } from "./referencePlanSteps.js";
export { referenceSuccess } from "./referenceSuccess.js";
export { type PlanScore, scorePlan } from "./scorePlan.js";
export { strictSuccess } from "./strictSuccess.js";
export { toolSetScores } from "./toolSetScores.js";
export { wordOverlapF1 } from "./wordOverlapF1.js";
