export { ApprovalGate } from "./ApprovalGate.js";
export {
  type ApprovalItem,
  type ApprovalPolicy,
  type ApprovalRequest,
  type Approver,
  DEFAULT_APPROVAL_POLICY,
  needsApproval,
} from "./ApprovalPolicy.js";
export {
  DagExecutor,
  type DagExecutorOptions,
  DEFAULT_TASK_TIMEOUT_MS,
  type ExecutionResult,
} from "./DagExecutor.js";
export { describeStep } from "./describeStep.js";
export type {
  ExecutionTimings,
  ExecutorEvent,
  ExecutorEventListener,
  RunStatus,
  RunTimings,
} from "./ExecutorEvent.js";
export { type ExecutePlanOptions, executePlan } from "./executePlan.js";
export type { JoinDecision, Joiner, JoinInput } from "./Joiner.js";
export { joinerObservation } from "./joinerObservation.js";
export { type RunPlanOptions, type RunResult, runPlan } from "./runPlan.js";
export { SummaryJoiner } from "./SummaryJoiner.js";
export { substituteArgs } from "./substituteArgs.js";
export type { CancelReason, TaskError, TaskOutcome } from "./TaskOutcome.js";
export { type ToolPhrases, toolPhrases } from "./toolPhrases.js";
