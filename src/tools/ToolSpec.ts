import type { z } from "zod";

/** Python types as the reference prompt prints them in each signature. */
export type ParamType = "str" | "list[str]" | "int" | "bool" | "Sequence[str]";

/**
 * What a parameter means, which decides how the strict metric compares it, how the dataset
 * generator fills it and how a backend interprets it.
 */
export type SemanticKind =
  | "contact-name"
  | "email-list"
  | "phone-list"
  | "datetime"
  | "date-or-datetime"
  | "duration-minutes"
  | "file-name"
  | "file-path"
  | "file-path-list"
  | "note-name"
  | "folder-name"
  | "list-name"
  | "calendar-name"
  | "location"
  | "enum"
  | "priority"
  | "flag"
  | "title"
  | "free-text";

export interface ToolParam {
  readonly name: string;
  readonly type: ParamType;
  /** Whether `None` is an accepted value (the prompt says "empty string or None"). */
  readonly nullable: boolean;
  readonly kind: SemanticKind;
  /** Allowed values for `kind: "enum"`. */
  readonly values?: readonly string[];
  /** For list kinds: whether element order carries meaning (it never does for recipients). */
  readonly ordered?: boolean;
}

/** The nine apps of the reference's Preferences; custom tools may name their own. */
export const APP_GROUPS = [
  "calendar",
  "contacts",
  "files",
  "mail",
  "maps",
  "notes",
  "reminders",
  "sms",
  "zoom",
] as const;
export type AppGroup = (typeof APP_GROUPS)[number];

/**
 * DESIGN.md §6: `read` runs without approval under the default policy, `draft` opens something the
 * user still has to send, `write` creates something.
 */
export type RiskTier = "read" | "draft" | "write";

export interface ToolContext {
  readonly signal: AbortSignal;
}

/**
 * Runs one tool call. Returns the observation text; throws (ideally a ToolFailure) when the
 * call failed, so the executor can skip dependents instead of passing an error string along.
 */
export type ToolHandler = (args: readonly unknown[], context: ToolContext) => Promise<string>;

export interface ToolSpec {
  readonly name: string;
  /** App the tool drives; tools of the same app never run concurrently. */
  readonly app: string;
  readonly params: readonly ToolParam[];
  /** The description exactly as the planner prompt prints it, ending with "\n". */
  readonly description: string;
  readonly risk: RiskTier;
  /** Validates the positional arguments as parsed from a plan line. */
  readonly argsSchema: z.ZodType<readonly unknown[]>;
  /** Per-tool override of the executor's default task timeout. */
  readonly timeoutMs?: number;
  /** Present on custom tools; built-in tools get their handler from a backend. */
  readonly handler?: ToolHandler;
  /** False for tools registered at run time (the classifier does not know them). */
  readonly builtin: boolean;
}

/**
 * Implementations of the built-in tools for one environment: `sandbox` (the simulated Mac) or
 * `mac` (AppleScript). Custom tools carry their own handler instead.
 */
export interface ToolBackend {
  readonly name: string;
  /** The handler for a tool, or undefined when this backend does not implement it. */
  handler(toolName: string): ToolHandler | undefined;
}
