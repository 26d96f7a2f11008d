import type { PlanValue } from "../plan/index.js";
import type { ToolSpec } from "../tools/index.js";
import type { TaskError } from "./TaskOutcome.js";

/**
 * Checks substituted arguments against the tool's schema before the handler sees them, so a
 * handler never gets the wrong arity or types (the parser does not check them, and plans may
 * come from elsewhere). Undefined when they fit.
 */
export function checkArgs(tool: ToolSpec, args: readonly PlanValue[]): TaskError | undefined {
  const checked = tool.argsSchema.safeParse(args);
  if (checked.success) return undefined;
  const problems = checked.error.issues.map((issue) => {
    const position = issue.path[0];
    const param = typeof position === "number" ? tool.params[position]?.name : undefined;
    return param ? `${param}: ${issue.message}` : issue.message;
  });
  return {
    code: "executor/invalid-args",
    message: `Wrong arguments for ${tool.name}: ${problems.join("; ")}`,
  };
}
