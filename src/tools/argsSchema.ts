import { z } from "zod";
import type { ToolParam } from "./ToolSpec.js";

function paramSchema(param: ToolParam): z.ZodType<unknown> {
  let schema: z.ZodType<unknown>;
  switch (param.type) {
    case "str":
      schema =
        param.kind === "enum" && param.values ? z.enum(param.values as [string, ...string[]]) : z.string();
      break;
    case "list[str]":
    case "Sequence[str]":
      // The reference wraps a bare string into a one-element list, and the prompt allows it.
      schema = z.union([z.array(z.string()), z.string()]);
      break;
    case "int":
      schema = z.number().int();
      break;
    case "bool":
      schema = z.boolean();
      break;
  }
  return param.nullable ? schema.nullable() : schema;
}

/** A zod tuple for a tool's positional arguments: exact arity, each argument typed. */
export function argsSchemaFor(params: readonly ToolParam[]): z.ZodType<readonly unknown[]> {
  const items = params.map(paramSchema);
  if (items.length === 0) return z.tuple([]);
  return z.tuple(items as [z.ZodType<unknown>, ...z.ZodType<unknown>[]]);
}
