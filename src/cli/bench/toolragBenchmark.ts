import { type EvalRow, parseLocalDateTime, percentile } from "../../agent/index.js";
import { throwIfAborted } from "../../base/index.js";
import { referencePlanSteps } from "../../plan/index.js";
import { plannerSystemPrompt, plannerUserMessage } from "../../prompt/index.js";
import {
  DEFAULT_EXAMPLE_COUNT,
  DEFAULT_MIN_TOOLS,
  DEFAULT_REQUIRED_THRESHOLD,
  DEFAULT_TOOL_THRESHOLD,
  type ExampleBank,
  selectTools,
  type ToolClassifier,
} from "../../toolrag/index.js";
import type { ToolRegistry, ToolSpec } from "../../tools/index.js";

export interface ToolragBenchmarkOptions {
  readonly classifier: ToolClassifier;
  readonly examples: ExampleBank;
  /** The tools that may be selected (all built-in tools for the benchmark). */
  readonly registry: ToolRegistry;
  readonly threshold?: number;
  readonly minTools?: number;
  readonly requiredThreshold?: number;
  readonly exampleCount?: number;
  /** Tokens of a text for the planner model (the Llama-2 tokenizer of TinyAgent-1.1B), no BOS. */
  readonly countTokens: (text: string) => number;
  readonly signal?: AbortSignal;
}

export interface ToolragBenchmarkResult {
  readonly rows: number;
  /** Share of rows whose gold tools all made it into the prompt. */
  readonly rowRecall: number;
  /** Gold tools that made it into the prompt over all gold tools. */
  readonly microRecall: number;
  readonly meanToolsSelected: number;
  /** Rows where nothing passed the threshold, so every tool was offered. */
  readonly fallbackRows: number;
  /** Rows the classifier judged no tool can serve, so none was offered. */
  readonly noToolRows: number;
  /** Tools judged sure enough to be required, and how many of them the gold plan does not call. */
  readonly required: { readonly tools: number; readonly wrong: number; readonly rows: number };
  readonly classifierMs: { readonly p50: number; readonly p95: number };
  readonly retrievalMs: { readonly p50: number; readonly p95: number };
  /**
   * Mean planner-prompt tokens (system + user message) for the `tinyagent` profile: every tool with
   * the 4 reference examples, and ToolRAG's tools with its retrieved examples.
   */
  readonly promptTokens: { readonly allTools: number; readonly toolRag: number; readonly ratio: number };
}

/**
 * What ToolRAG buys on eval rows, without a planner: whether the gold plan's tools are all
 * offered (recall), how many tools are offered, how long classification and retrieval take, and
 * how much shorter the `tinyagent` prompt gets. The selection is the agent's (threshold,
 * fallback to every tool); timings are per query after one warm-up call.
 */
export async function toolragBenchmark(
  rows: readonly EvalRow[],
  options: ToolragBenchmarkOptions,
): Promise<ToolragBenchmarkResult> {
  const { classifier, examples, registry, countTokens, signal } = options;
  const allTools = registry.list();
  await classifier.scores("warm up", signal ? { signal } : {});
  const classifierTimes: number[] = [];
  const retrievalTimes: number[] = [];
  let rowsCovered = 0;
  let goldCovered = 0;
  let gold = 0;
  let selected = 0;
  let fallbackRows = 0;
  let noToolRows = 0;
  const required = { tools: 0, wrong: 0, rows: 0 };
  let allToolsTokens = 0;
  let toolRagTokens = 0;
  for (const row of rows) {
    throwIfAborted(signal);
    const started = performance.now();
    const scores = await classifier.scores(row.query, signal ? { signal } : {});
    classifierTimes.push(performance.now() - started);
    const selection = selectTools({
      query: row.query,
      labels: classifier.labels,
      scores,
      registry,
      threshold: options.threshold ?? DEFAULT_TOOL_THRESHOLD,
      minTools: options.minTools ?? DEFAULT_MIN_TOOLS,
      requiredThreshold: options.requiredThreshold ?? DEFAULT_REQUIRED_THRESHOLD,
    });
    const names = selection.tools.map((tool) => tool.name);
    const retrieving = performance.now();
    const retrieved = await examples.retrieve(row.query, {
      tools: names,
      count: options.exampleCount ?? DEFAULT_EXAMPLE_COUNT,
    });
    retrievalTimes.push(performance.now() - retrieving);

    const goldTools = new Set(
      referencePlanSteps(row.plan, { registry })
        .map((step) => step.tool)
        .filter((tool) => tool !== "join"),
    );
    const hits = [...goldTools].filter((tool) => names.includes(tool)).length;
    rowsCovered += hits === goldTools.size ? 1 : 0;
    goldCovered += hits;
    gold += goldTools.size;
    selected += names.length;
    fallbackRows += selection.fallback ? 1 : 0;
    noToolRows += selection.noTool ? 1 : 0;
    required.tools += selection.required.length;
    required.wrong += selection.required.filter((tool) => !goldTools.has(tool)).length;
    required.rows += selection.required.length > 0 ? 1 : 0;

    const now = parseLocalDateTime(row.now) ?? new Date();
    const promptTokens = (tools: readonly ToolSpec[], shown?: readonly string[]) =>
      countTokens(plannerSystemPrompt({ tools, now, ...(shown ? { examples: shown } : {}) })) +
      countTokens(plannerUserMessage(row.query));
    allToolsTokens += promptTokens(allTools);
    toolRagTokens += promptTokens(selection.tools, retrieved);
  }
  const count = Math.max(1, rows.length);
  return {
    rows: rows.length,
    rowRecall: rowsCovered / count,
    microRecall: goldCovered / Math.max(1, gold),
    meanToolsSelected: selected / count,
    fallbackRows,
    noToolRows,
    required,
    classifierMs: { p50: percentile(classifierTimes, 50), p95: percentile(classifierTimes, 95) },
    retrievalMs: { p50: percentile(retrievalTimes, 50), p95: percentile(retrievalTimes, 95) },
    promptTokens: {
      allTools: allToolsTokens / count,
      toolRag: toolRagTokens / count,
      ratio: allToolsTokens / Math.max(1, toolRagTokens),
    },
  };
}
