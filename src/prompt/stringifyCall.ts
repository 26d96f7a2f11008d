import type { ToolParam } from "../tools/index.js";
import { pythonStr } from "./pythonRepr.js";

// The reference's stringify rules label these arguments `content=` although the parameter is `context`.
const LABEL_OVERRIDES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  reply_to_email: { context: "content" },
  forward_email: { context: "content" },
};

/**
 * Renders a tool call the way the reference's stringify rules do for the joiner and replanner (spec
 * §1.4): a tool with at most one parameter as `name(value)`, others as `name(k1=v1, k2=v2, …)`, each
 * value through Python `str()` (strings unquoted, lists as `['a@b.com']`, `None`, `True`). Pass the
 * arguments after `$N` substitution, since the joiner sees resolved values.
 *
 * Unlike the reference, a wrong argument count does not crash: missing arguments are left out and extra
 * ones are printed unlabelled after the labelled ones, so the joiner sees what was actually called.
 */
export function stringifyCall(
  toolName: string,
  args: readonly unknown[],
  params: readonly Pick<ToolParam, "name">[],
): string {
  if (params.length <= 1) return `${toolName}(${args.map(pythonStr).join(", ")})`;
  const overrides = LABEL_OVERRIDES[toolName] ?? {};
  const parts = args.map((value, index) => {
    const param = params[index];
    if (param === undefined) return pythonStr(value);
    return `${overrides[param.name] ?? param.name}=${pythonStr(value)}`;
  });
  return `${toolName}(${parts.join(", ")})`;
}
