import { enabledToolNames, LlmJoiner, runAgent, type Settings } from "../../agent/index.js";
import { type Joiner, type RunStatus, runPlan, SummaryJoiner } from "../../executor/index.js";
import type { PromptProfile } from "../../prompt/index.js";
import type { ClassifierToolSelector } from "../../toolrag/index.js";
import { type LoadToolSelectorOptions, loadToolSelector } from "../../toolrag/node/index.js";
import { ToolRegistry } from "../../tools/index.js";
import type { CliIo } from "../CliIo.js";
import { readInput } from "../CliIo.js";
import type { Command } from "../Command.js";
import { loadSettings } from "../loadSettings.js";
import { openBackend } from "../openBackend.js";
import { openPlanner } from "../openPlanner.js";
import { parseNow } from "../parseNow.js";
import { parseOptions } from "../parseOptions.js";
import { parsePolicy } from "../parsePolicy.js";
import { positiveInteger } from "../positiveInteger.js";
import { runExitCode } from "../runExitCode.js";
import { TerminalPrinter } from "../TerminalPrinter.js";
import { APPROVAL_HINT, terminalApprover } from "../terminalApprover.js";
import { toolSelectorOptions } from "../toolSelectionOptions.js";
import { UsageError } from "../UsageError.js";

const USAGE = `Usage: tinyagent run "REQUEST" [options]
       tinyagent run --plan FILE|- [options]

Turns a request into a plan with the local model, shows it as it is written, asks for approval of
the steps that draft or create things, runs it against the simulated Mac and prints the answer.
With --plan, runs a plan you wrote instead (no model needed).

Options:
  --plan FILE|-         run this plan text (- for stdin) instead of planning a request
  --model NAME|PATH     a GGUF file or a model name from \`tinyagent models list\`
                        (default: the settings' model, else the embedded one)
  --profile P           prompt profile: tinyagent or compact (default: the model's own)
  --joiner J            llm (the model answers, may replan once) or summary (a fixed summary of
                        the results); default llm for TinyAgent models, summary otherwise
  --threads N           CPU threads for the model (default: the settings', the model's
                        recommendation, else all cores)
  --now TIME            plan as if it were this local time, e.g. 2024-05-24T14:05
  --backend sandbox     where tools run (default sandbox, the simulated Mac)
  --policy POLICY       ask-for-writes (default), ask-always or never-ask
  --no-toolrag          offer the planner every enabled tool (default: the settings' toolRag,
                        on: a local classifier picks the tools and in-context examples)
  --toolrag-model DIR   a ToolRAG classifier folder in the Hugging Face layout (default: embedded)
  --yes                 approve the plan without asking
  --json                print one JSON event per line instead of the progress view

Settings (model, policy, enabled apps, custom instructions, …): \`tinyagent settings\`.
Exit codes: 0 completed, 1 failed, 2 usage, 3 not approved, 130 cancelled (Ctrl-C).
`;

const OPTIONS = {
  plan: { type: "string" },
  model: { type: "string" },
  profile: { type: "string" },
  joiner: { type: "string" },
  threads: { type: "string" },
  now: { type: "string" },
  backend: { type: "string" },
  policy: { type: "string" },
  "no-toolrag": { type: "boolean", default: false },
  "toolrag-model": { type: "string" },
  yes: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
} as const;

export const runCommand: Command = {
  name: "run",
  summary: "plan a request with the local model (or run a plan file) on the simulated Mac",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, OPTIONS, USAGE);
    const query = positionals.join(" ").trim();
    if (values.plan === undefined && query === "")
      throw new UsageError(`run needs a request or --plan FILE.\n\n${USAGE}`);
    if (values.plan !== undefined && query !== "")
      throw new UsageError("Give either a request or --plan FILE, not both.");
    const profile = parseProfile(values.profile);
    const joinerName = parseJoiner(values.joiner);
    const threads = positiveInteger(values.threads, "--threads");
    const now = parseNow(values.now);

    const settings = await loadSettings(io);
    const registry = enabledRegistry(settings);
    const policy = parsePolicy(values.policy, settings.policy);
    const backend = await openBackend(values.backend, io);
    const printer = new TerminalPrinter((text) => io.stdout.write(text));
    const onEvent = (event: Parameters<TerminalPrinter["print"]>[0]) =>
      values.json ? io.stdout.write(`${JSON.stringify(event)}\n`) : printer.print(event);
    const approve = terminalApprover(io, { yes: values.yes });
    const common = { registry, backend, policy, signal: io.signal, onEvent, ...(approve ? { approve } : {}) };

    let result: { status: RunStatus; reason?: string };
    if (values.plan !== undefined) {
      const planText = await readInput(io, values.plan);
      result = await runPlan(
        (async function* () {
          yield planText;
        })(),
        { query: "", ...common },
      );
    } else {
      if (!values.json) io.stderr.write("Loading the planner model…\n");
      const opened = await openPlanner(io, {
        settings,
        ...(values.model === undefined ? {} : { model: values.model }),
        ...(profile === undefined ? {} : { profile }),
        ...(threads === undefined ? {} : { threads }),
      });
      const toolSelector =
        settings.toolRag && !values["no-toolrag"]
          ? await openToolSelector(io, toolSelectorOptions(settings, values))
          : undefined;
      try {
        const joiner: Joiner =
          (joinerName ?? (opened.trainedJoiner ? "llm" : "summary")) === "llm"
            ? new LlmJoiner(opened.planner, { registry })
            : new SummaryJoiner();
        result = await runAgent(query, {
          ...common,
          planner: opened.planner,
          profile: opened.profile,
          now,
          joiner,
          ...(toolSelector ? { toolSelector } : {}),
          ...(settings.customInstructions === "" ? {} : { customInstructions: settings.customInstructions }),
        });
      } finally {
        await toolSelector?.dispose();
        await opened.planner.dispose?.();
      }
    }
    if (result.status !== "completed") {
      // Without an approver the executor's reason speaks of its API; the user needs the flag.
      const reason =
        result.status === "denied" && approve === undefined
          ? APPROVAL_HINT
          : (result.reason ?? "no reason given");
      io.stderr.write(`tinyagent: run ${result.status}: ${reason}\n`);
    }
    return runExitCode(result.status);
  },
};

/** The tools of the apps enabled in the settings: the parser, prompt and executor see only these. */
function enabledRegistry(settings: Settings): ToolRegistry {
  const all = new ToolRegistry();
  return all.subset(enabledToolNames(settings, all));
}

/**
 * ToolRAG for this run. A classifier that will not load costs the run nothing but a longer prompt,
 * so it is a warning, not a failure: the run offers every enabled tool instead.
 */
async function openToolSelector(
  io: CliIo,
  options: LoadToolSelectorOptions,
): Promise<ClassifierToolSelector | undefined> {
  try {
    return await loadToolSelector(options);
  } catch (error) {
    io.stderr.write(
      `tinyagent: ToolRAG is off for this run (${error instanceof Error ? error.message : String(error)}); every enabled tool is offered.\n`,
    );
    return undefined;
  }
}

function parseProfile(value: string | undefined): PromptProfile | undefined {
  if (value === undefined || value === "tinyagent" || value === "compact") return value;
  throw new UsageError(`--profile must be tinyagent or compact; got "${value}".`);
}

function parseJoiner(value: string | undefined): "llm" | "summary" | undefined {
  if (value === undefined || value === "llm" || value === "summary") return value;
  throw new UsageError(`--joiner must be llm or summary; got "${value}".`);
}
