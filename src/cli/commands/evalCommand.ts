import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  type EvalReport,
  type EvalRowResult,
  evaluatePlanner,
  parseEvalData,
  renderEvalReport,
} from "../../agent/index.js";
import type { PlanGrammarOptions } from "../../plan/index.js";
import { loadToolSelector } from "../../toolrag/node/index.js";
import type { Command } from "../Command.js";
import { loadSettings } from "../loadSettings.js";
import { DEFAULT_CONTEXT_SIZE, openPlanner } from "../openPlanner.js";
import { parseOptions } from "../parseOptions.js";
import { positiveInteger } from "../positiveInteger.js";
import { defaultRegistry, selectTools } from "../selectTools.js";
import { toolSelectorOptions } from "../toolSelectionOptions.js";
import { UsageError } from "../UsageError.js";

const USAGE = `Usage: tinyagent eval --data FILE.jsonl --model PATH|NAME [options]

Plans every row of a dataset with a local GGUF model (nothing is executed) and scores each plan
against the row's gold plan: reference success (DAG isomorphism), strict success (arguments too),
malformed rate, tool recall and precision, latency and prompt size.

Rows are JSON objects, one a line:
  {"id": "1", "now": "2024-05-24T14:05", "query": "Text Sid I'm late", "plan": "1. … join()<END_OF_PLAN>"}
"now" is the local time the query is relative to; it becomes the prompt's date line.

Options:
  --data FILE            the dataset (JSON Lines)
  --model PATH|NAME      a GGUF file, or a model name from \`tinyagent models list\`
                         (default: the settings' model, else the embedded one)
  --limit N              evaluate only the first N rows
  --json                 print the report as JSON instead of the summary
  --report DIR           also write DIR/report.json and DIR/report.md
  --threads N            CPU threads for the model (default: the settings', the model's
                         recommendation, else all cores)
  --context N            context size in tokens (default: the settings', the model's
                         recommendation, else ${DEFAULT_CONTEXT_SIZE})
  --tools all|a,b,…      tools offered in every prompt (default all)
  --toolrag              let ToolRAG pick each row's tools (and, for the tinyagent profile, its 6
                         in-context examples) from those, as \`run\` does
  --toolrag-model DIR    a ToolRAG classifier folder (default: the embedded one in models/toolrag)
  --threshold P          (ToolRAG) a tool is offered above probability P (default: the settings')
  --min-tools N          (ToolRAG) runners-up fill a selection to N tools (default: the settings')
  --required-threshold P (ToolRAG) an offered tool above probability P must be called: a plan that
                         joins without it goes on with it (default: the settings'; 1: never)
  --no-grammar           decode without the plan grammar (measures the bare model)
  --no-thoughts          the grammar allows no "Thought:" lines
  --copy on|off          the grammar takes names, files, notes, places and titles whole from the
                         request, and messages and note text from its words
                         (default: on for the compact profile, off for tinyagent)
  --max-steps N          the grammar allows at most N numbered lines, join included (default 12)
  --max-string-length N  the grammar's longest string argument (default 400)
  --max-tokens N         stop each plan after N generated tokens (default: the context)

The grammar keeps every plan finite: strings of at most 400 characters (unless --max-string-length),
thoughts of at most 200, lists of at most 10 items, integers of at most 9 digits.
`;

const OPTIONS = {
  data: { type: "string" },
  model: { type: "string" },
  limit: { type: "string" },
  json: { type: "boolean", default: false },
  report: { type: "string" },
  threads: { type: "string" },
  context: { type: "string" },
  tools: { type: "string" },
  toolrag: { type: "boolean", default: false },
  "toolrag-model": { type: "string" },
  threshold: { type: "string" },
  "min-tools": { type: "string" },
  "required-threshold": { type: "string" },
  "no-grammar": { type: "boolean", default: false },
  "no-thoughts": { type: "boolean", default: false },
  copy: { type: "string" },
  "max-steps": { type: "string" },
  "max-string-length": { type: "string" },
  "max-tokens": { type: "string" },
} as const;

export const evalCommand: Command = {
  name: "eval",
  summary: "score a planner model on a JSONL dataset of queries and gold plans",
  usage: USAGE,
  async run(args, io) {
    const { values } = parseOptions(args, OPTIONS, USAGE);
    if (values.data === undefined) throw new UsageError(`eval needs --data FILE.jsonl.\n\n${USAGE}`);
    const limit = positiveInteger(values.limit, "--limit");
    const threads = positiveInteger(values.threads, "--threads");
    const contextOption = positiveInteger(values.context, "--context");
    const maxTokens = positiveInteger(values["max-tokens"], "--max-tokens");
    const maxSteps = positiveInteger(values["max-steps"], "--max-steps");
    const maxStringLength = positiveInteger(values["max-string-length"], "--max-string-length");
    if (values.copy !== undefined && values.copy !== "on" && values.copy !== "off") {
      throw new UsageError(`--copy must be on or off, not "${values.copy}".\n\n${USAGE}`);
    }
    const copyArguments = values.copy === undefined ? undefined : values.copy === "on";
    const registry = defaultRegistry();
    const tools = selectTools(registry, values.tools);
    const grammar: false | PlanGrammarOptions = values["no-grammar"]
      ? false
      : {
          thoughts: !values["no-thoughts"],
          ...(maxSteps === undefined ? {} : { maxSteps }),
          ...(maxStringLength === undefined ? {} : { maxStringLength }),
        };

    const rows = parseEvalData(await readFile(values.data, "utf8"), { source: values.data });
    const settings = await loadSettings(io);
    const opened = await openPlanner(io, {
      settings,
      ...(values.model === undefined ? {} : { model: values.model }),
      ...(threads === undefined ? {} : { threads }),
      ...(contextOption === undefined ? {} : { contextSize: contextOption }),
    });
    const { planner, profile } = opened;
    let report: EvalReport;
    const toolrag = values.toolrag || values["toolrag-model"] !== undefined;
    const toolSelector = toolrag ? await loadToolSelector(toolSelectorOptions(settings, values)) : undefined;
    try {
      const total = Math.min(rows.length, limit ?? rows.length);
      io.stderr.write(`Evaluating ${opened.label} on ${total} rows (${profile} profile)\n`);
      report = await evaluatePlanner(rows, planner, {
        profile,
        registry,
        tools,
        grammar,
        ...(copyArguments === undefined ? {} : { copyArguments }),
        signal: io.signal,
        ...(toolSelector === undefined ? {} : { toolSelector }),
        ...(limit === undefined ? {} : { limit }),
        ...(maxTokens === undefined ? {} : { maxTokens }),
        onRow: (result, { index }) => io.stderr.write(`[${index + 1}/${total}] ${progressLine(result)}\n`),
      });
    } finally {
      await planner.dispose?.();
      await toolSelector?.dispose();
    }

    if (values.report !== undefined) {
      await mkdir(values.report, { recursive: true });
      const markdown = renderEvalReport(report, {
        title: "TinyAgent planner evaluation",
        details: {
          model: opened.label,
          data: values.data,
          profile,
          grammar: grammar === false ? "off" : JSON.stringify(grammar),
          "copied arguments": copyArguments === undefined ? `profile default` : (values.copy ?? ""),
          tools: `${tools.length === registry.list().length ? "all" : tools.map((tool) => tool.name).join(", ")}${toolrag ? ", selected per row by ToolRAG" : ""}`,
        },
      });
      await writeFile(path.join(values.report, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
      await writeFile(path.join(values.report, "report.md"), markdown);
    }
    io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : summary(report, values.report));
    return 0;
  },
};

function progressLine(row: EvalRowResult): string {
  const verdict = row.error
    ? `error (${row.error})`
    : row.malformed
      ? "malformed"
      : row.success === 1
        ? row.strict_success === 1
          ? "ok"
          : "ok (wrong arguments)"
        : "wrong plan";
  return `${row.id}: ${verdict}, ${Math.round(row.latency_ms)} ms`;
}

function summary(report: EvalReport, reportDir: string | undefined): string {
  const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;
  const lines = [
    `rows                 ${report.n}`,
    `success rate         ${percent(report.success_rate)}   (reference: DAG isomorphism, arguments ignored)`,
    `strict success rate  ${percent(report.strict_success_rate)}   (arguments too)`,
    `malformed rate       ${percent(report.malformed_rate)}`,
    `tool recall          ${report.tool_recall.toFixed(3)}`,
    `tool precision       ${report.tool_precision.toFixed(3)}`,
    `latency p50 / p95    ${Math.round(report.latency_ms.p50)} ms / ${Math.round(report.latency_ms.p95)} ms`,
    `prompt tokens (mean) ${report.prompt_tokens_mean === null ? "n/a" : Math.round(report.prompt_tokens_mean)}`,
  ];
  const errors = report.rows.filter((row) => row.error !== undefined).length;
  if (errors > 0) lines.push(`planner errors       ${errors} rows (scored 0; see the report)`);
  if (report.resumed_rows > 0) {
    lines.push(`resumed plans        ${report.resumed_rows} rows went on with a tool ToolRAG required`);
  }
  if (reportDir !== undefined) lines.push(`report               ${path.join(reportDir, "report.md")}`);
  return `${lines.join("\n")}\n`;
}
