import { TinyAgentError } from "../base/index.js";
import { BUILTIN_TOOLS } from "./builtinTools.js";
import { defineTool, type ToolDefinition } from "./defineTool.js";
import type { ToolSpec } from "./ToolSpec.js";

const TOOL_NAME = /^[A-Za-z_]\w*$/;

/**
 * The set of tools every stage consults: prompt, grammar, parser, validator, metrics and
 * executor. Iteration order is the prompt order: the 16 built-ins in the reference order,
 * then custom tools in registration order.
 */
export class ToolRegistry {
  readonly #tools = new Map<string, ToolSpec>();

  constructor(tools: readonly ToolSpec[] = BUILTIN_TOOLS) {
    for (const tool of tools) this.#add(tool);
  }

  /** Registers a custom tool (name, parameters, description bullets, risk, handler). */
  register(definition: ToolDefinition): ToolSpec {
    const tool = defineTool(definition);
    this.#add(tool);
    return tool;
  }

  #add(tool: ToolSpec): void {
    if (!TOOL_NAME.test(tool.name) || tool.name === "join") {
      throw new TinyAgentError("tools/invalid-name", `"${tool.name}" is not a usable tool name.`, {
        context: { name: tool.name },
      });
    }
    if (this.#tools.has(tool.name)) {
      throw new TinyAgentError("tools/duplicate", `A tool named "${tool.name}" is already registered.`, {
        context: { name: tool.name },
      });
    }
    this.#tools.set(tool.name, tool);
  }

  has(name: string): boolean {
    return this.#tools.has(name);
  }

  get(name: string): ToolSpec | undefined {
    return this.#tools.get(name);
  }

  /** All tools in prompt order. */
  list(): ToolSpec[] {
    return [...this.#tools.values()];
  }

  names(): string[] {
    return [...this.#tools.keys()];
  }

  /**
   * The named tools in prompt order, whatever order `names` is in (the reference always lists
   * tools in its fixed order). Unknown names throw: a caller asking for them has a bug.
   */
  select(names: Iterable<string>): ToolSpec[] {
    const wanted = new Set(names);
    for (const name of wanted) {
      if (!this.#tools.has(name)) {
        throw new TinyAgentError("tools/unknown", `Unknown tool "${name}".`, { context: { name } });
      }
    }
    return this.list().filter((tool) => wanted.has(tool.name));
  }

  /** A new registry holding only the named tools (used for enabled apps and ToolRAG subsets). */
  subset(names: Iterable<string>): ToolRegistry {
    return new ToolRegistry(this.select(names));
  }

  /** Tools whose app is in `apps`; custom tools with their own app name are kept. */
  forApps(apps: Iterable<string>): ToolRegistry {
    const enabled = new Set(apps);
    return new ToolRegistry(this.list().filter((tool) => !tool.builtin || enabled.has(tool.app)));
  }
}
