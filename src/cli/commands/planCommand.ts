import { readFile } from "node:fs/promises";
import { parsePlan, planGrammar, scorePlan, validatePlan } from "../../plan/index.js";
import type { CliIo } from "../CliIo.js";
import { readInput } from "../CliIo.js";
import type { Command } from "../Command.js";
import { parseOptions } from "../parseOptions.js";
import { defaultRegistry, selectTools } from "../selectTools.js";
import { UsageError } from "../UsageError.js";

const USAGE = `Usage:
  tinyagent plan parse [FILE|-] [--json] [--compat]
      Parses and validates a plan (stdin when FILE is - or missing). Exit 1 if it has problems.
      --json prints {"tasks":[{"idx","tool","args","deps","thought"}],"problems":[{"line","message"}]}.
      --compat parses arguments like the reference (a failed literal becomes one raw string).
  tinyagent plan grammar [--tools all|a,b,…] [--max-steps N]
      Prints the GBNF grammar that constrains decoding to well-formed plans over those tools.
  tinyagent plan score --pred FILE --gold FILE [--json]
      Scores a predicted plan against a gold plan: reference and strict success, malformed,
      tool recall and precision.
`;

async function parseSubcommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { json: { type: "boolean", default: false }, compat: { type: "boolean", default: false } },
    USAGE,
  );
  const text = await readInput(io, positionals[0]);
  const registry = defaultRegistry();
  const { tasks } = parsePlan(text, { registry, compat: values.compat });
  const problems = validatePlan(text, { registry, compat: values.compat });
  if (values.json) {
    const json = {
      tasks: tasks.map((task) => ({
        idx: task.idx,
        tool: task.tool,
        args: task.args,
        deps: task.deps,
        thought: task.thought ?? null,
      })),
      problems: problems.map((problem) => ({ line: problem.line, message: problem.message })),
    };
    io.stdout.write(`${JSON.stringify(json)}\n`);
  } else {
    for (const task of tasks) {
      const deps = task.deps.length > 0 ? `  ← ${task.deps.map((dep) => `$${dep}`).join(", ")}` : "";
      io.stdout.write(`${task.idx}. ${task.tool}(${JSON.stringify(task.args).slice(1, -1)})${deps}\n`);
    }
    for (const problem of problems) {
      io.stderr.write(`${problem.line > 0 ? `line ${problem.line}` : "plan"}: ${problem.message}\n`);
    }
    if (problems.length === 0) io.stderr.write(`ok: ${tasks.length} steps, no problems\n`);
  }
  return problems.length === 0 ? 0 : 1;
}

async function grammarSubcommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(
    args,
    { tools: { type: "string" }, "max-steps": { type: "string" } },
    USAGE,
  );
  const maxSteps = values["max-steps"] === undefined ? undefined : Number(values["max-steps"]);
  if (maxSteps !== undefined && !(Number.isInteger(maxSteps) && maxSteps >= 1)) {
    throw new UsageError(`--max-steps must be a positive integer, got "${values["max-steps"]}".`);
  }
  const tools = selectTools(defaultRegistry(), values.tools);
  io.stdout.write(planGrammar(tools, maxSteps === undefined ? {} : { maxSteps }));
  return 0;
}

async function scoreSubcommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(
    args,
    { pred: { type: "string" }, gold: { type: "string" }, json: { type: "boolean", default: false } },
    USAGE,
  );
  if (values.pred === undefined || values.gold === undefined) {
    throw new UsageError(`plan score needs --pred FILE and --gold FILE.\n\n${USAGE}`);
  }
  const [pred, gold] = await Promise.all([readFile(values.pred, "utf8"), readFile(values.gold, "utf8")]);
  const score = scorePlan(pred, gold, { registry: defaultRegistry() });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(score)}\n`);
  } else {
    for (const [key, value] of Object.entries(score)) io.stdout.write(`${key.padEnd(14)} ${String(value)}\n`);
  }
  return 0;
}

export const planCommand: Command = {
  name: "plan",
  summary: "parse, validate and score plans; print the plan grammar",
  usage: USAGE,
  async run(args, io) {
    const [subcommand, ...rest] = args;
    if (subcommand === "parse") return parseSubcommand(rest, io);
    if (subcommand === "grammar") return grammarSubcommand(rest, io);
    if (subcommand === "score") return scoreSubcommand(rest, io);
    throw new UsageError(`plan needs a subcommand: parse, grammar or score.\n\n${USAGE}`);
  },
};
