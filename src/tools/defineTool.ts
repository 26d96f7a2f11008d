import { argsSchemaFor } from "./argsSchema.js";
import type { RiskTier, ToolHandler, ToolParam, ToolSpec } from "./ToolSpec.js";

export interface ToolDefinition {
  readonly name: string;
  readonly app: string;
  readonly risk: RiskTier;
  readonly params: readonly ToolParam[];
  /** Bullet lines of the description, without the leading " - ". */
  readonly bullets: readonly string[];
  readonly timeoutMs?: number;
  readonly handler?: ToolHandler;
}

/** The reference's signature line: `name(arg: type, ...) -> str`. */
export function signatureOf(name: string, params: readonly ToolParam[]): string {
  return `${name}(${params.map((param) => `${param.name}: ${param.type}`).join(", ")}) -> str`;
}

/** Builds a ToolSpec whose description has the reference prompt's exact layout. */
export function defineTool(definition: ToolDefinition, { builtin = false } = {}): ToolSpec {
  const description = `${signatureOf(definition.name, definition.params)}\n${definition.bullets
    .map((bullet) => ` - ${bullet}\n`)
    .join("")}`;
  return {
    name: definition.name,
    app: definition.app,
    params: definition.params,
    description,
    risk: definition.risk,
    argsSchema: argsSchemaFor(definition.params),
    builtin,
    ...(definition.timeoutMs === undefined ? {} : { timeoutMs: definition.timeoutMs }),
    ...(definition.handler === undefined ? {} : { handler: definition.handler }),
  };
}
