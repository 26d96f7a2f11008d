/**
 * The result of one eval row (`tinyagent eval`). Keys are snake_case because this is the report's
 * JSON format, read by scripts and compared across runs.
 */
export interface EvalRowResult {
  readonly id: string;
  /** The predicted plan text as the planner streamed it (after its last `plan-reset`). */
  readonly pred: string;
  /** Reference success (DAG isomorphism on tool names and `$N` structure): 0 or 1. */
  readonly success: number;
  /** Argument-aware success: 0 or 1. */
  readonly strict_success: number;
  /** The prediction breaks the plan language (or the planner failed). */
  readonly malformed: boolean;
  /** Wall-clock time from asking the planner to the end of its stream, in ms (0.1 ms resolution). */
  readonly latency_ms: number;
  /** Times the plan went on after joining without a tool ToolRAG required; absent when none. */
  readonly resumes?: number;
  /** Present only when the planner threw on this row: `code: message`. The row then scores 0. */
  readonly error?: string;
}

/**
 * Aggregate plan metrics over a dataset (DESIGN.md §8): rates and tool scores are means over the
 * `n` rows (4 decimals); latencies are nearest-rank percentiles in ms; `prompt_tokens_mean` is the
 * mean prompt length the planner reported, null when it reported none.
 */
export interface EvalReport {
  readonly n: number;
  readonly success_rate: number;
  readonly strict_success_rate: number;
  readonly malformed_rate: number;
  readonly tool_recall: number;
  readonly tool_precision: number;
  readonly latency_ms: { readonly p50: number; readonly p95: number };
  readonly prompt_tokens_mean: number | null;
  /** Rows whose plan went on at least once after joining without a required tool. */
  readonly resumed_rows: number;
  readonly rows: readonly EvalRowResult[];
}
