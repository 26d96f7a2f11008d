/** A value of the Python-literal argument language (tuples become arrays, dicts objects). */
export type PlanValue = string | number | boolean | null | PlanValue[] | { [key: string]: PlanValue };

/** One parsed action line of an LLMCompiler plan. */
export interface PlanTask {
  /** The printed step number (`3.` → 3). */
  readonly idx: number;
  readonly tool: string;
  /** Positional arguments, parsed from `argsText`. `join` has none. */
  readonly args: readonly PlanValue[];
  /** The raw text between the parentheses, as the model wrote it. */
  readonly argsText: string;
  /** Earlier step numbers referenced as `$N` / `${N}` (for join: every earlier step). */
  readonly deps: readonly number[];
  /** The `Thought:` line that directly preceded this action, if any. */
  readonly thought?: string;
  /** 1-based line number in the plan text. */
  readonly line: number;
  readonly isJoin: boolean;
}

/** A problem with a plan, tied to the line it is on (0 when it concerns the plan as a whole). */
export interface PlanIssue {
  readonly line: number;
  readonly message: string;
  /** `plan/unknown-tool`, `plan/arity`, `plan/arg-type`, `plan/bad-ref`, `plan/numbering`, `plan/join`, `plan/syntax`. */
  readonly code: string;
}

/** What the streaming parser emits as lines complete. */
export type PlanParseEvent =
  | { readonly type: "task"; readonly task: PlanTask }
  | { readonly type: "issue"; readonly issue: PlanIssue }
  | { readonly type: "end"; readonly reason: "join" | "end-of-plan" | "end-of-input" };

export interface ParsedPlan {
  readonly tasks: readonly PlanTask[];
  readonly issues: readonly PlanIssue[];
}
