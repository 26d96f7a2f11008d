import type { AgentEvent } from "../agent/index.js";
import type { PlanValue } from "../plan/index.js";
import { pythonRepr } from "../prompt/index.js";

const MAX_VALUE_LENGTH = 72;

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_VALUE_LENGTH ? `${oneLine.slice(0, MAX_VALUE_LENGTH - 1)}…` : oneLine;
}

function call(tool: string, args: readonly PlanValue[]): string {
  return `${tool}(${args.map((value) => pythonRepr(value)).join(", ")})`;
}

/**
 * Renders run events for a person at a terminal: the plan as it arrives, the approval
 * question's context, each step's progress and the answer. `--json` bypasses this entirely.
 */
export class TerminalPrinter {
  readonly #write: (text: string) => void;
  readonly #tools = new Map<number, string>();

  constructor(write: (text: string) => void) {
    this.#write = write;
  }

  print(event: AgentEvent): void {
    const line = this.#render(event);
    if (line !== undefined) this.#write(`${line}\n`);
  }

  #render(event: AgentEvent): string | undefined {
    switch (event.type) {
      case "task-add":
        this.#tools.set(event.task.idx, event.task.tool);
        return `  ${event.task.idx}. ${call(event.task.tool, event.task.args)}`;
      case "plan-issue":
        return `  ! line ${event.issue.line}: ${event.issue.message}`;
      case "approval-request":
        return `\nNeeds your approval: ${event.tasks.map((item) => `${item.idx}. ${item.tool} (${item.risk})`).join(", ")}`;
      case "approval-end":
        return event.approved ? "Approved." : "Not approved.";
      case "task-start":
        return `▸ ${event.idx} ${event.tool}`;
      case "task-end":
        return `✓ ${event.idx} ${this.#tools.get(event.idx) ?? ""} → ${short(event.observation)}  (${Math.round(event.durationMs)} ms)`;
      case "task-error":
        return `✗ ${event.idx} ${this.#tools.get(event.idx) ?? ""}: ${short(event.message)}`;
      case "task-skip":
        return `↷ ${event.idx} ${event.reason}`;
      case "task-cancel":
        return `■ ${event.idx} ${this.#tools.get(event.idx) ?? ""} not run (${event.reason})`;
      case "answer":
        return `\n${event.text}`;
      case "replan":
        return `\nReplanning: ${event.thought}`;
      case "tools-select":
        if (event.fallback) {
          return `  tools: all enabled (${event.error ? `ToolRAG failed: ${short(event.error)}` : "ToolRAG chose none"})`;
        }
        return event.noTool
          ? `  tools: none (ToolRAG: no tool can do this, ${event.ms.toFixed(1)} ms)`
          : `  tools: ${event.tools.join(", ")} (ToolRAG, ${event.ms.toFixed(1)} ms${event.required.length > 0 ? `; the plan must use ${event.required.join(", ")}` : ""})`;
      case "plan-reset":
        return `  (the model rewrites its plan: ${short(event.reason)})`;
      case "planner-end":
        return `  planned in ${Math.round(event.stats.totalMs)} ms (${event.stats.promptTokens} prompt tokens, ${event.stats.decodeTokensPerSecond.toFixed(0)} tokens/s)`;
      default:
        return undefined;
    }
  }
}
