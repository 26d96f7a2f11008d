import {
  compactPrompt,
  JOINER_FINAL_PROMPT,
  JOINER_PROMPT,
  joinerPrompt,
  plannerSystemPrompt,
  plannerUserMessage,
} from "../../prompt/index.js";
import type { ToolSelection } from "../../toolrag/index.js";
import { loadToolSelector } from "../../toolrag/node/index.js";
import type { ToolSpec } from "../../tools/index.js";
import type { CliIo } from "../CliIo.js";
import type { Command } from "../Command.js";
import { loadSettings } from "../loadSettings.js";
import { parseNow } from "../parseNow.js";
import { parseOptions } from "../parseOptions.js";
import { defaultRegistry, selectTools } from "../selectTools.js";
import { toolSelectorOptions } from "../toolSelectionOptions.js";
import { UsageError } from "../UsageError.js";

const USAGE = `Usage: tinyagent prompt --kind planner|replan|joiner|joiner-final [options]
       tinyagent prompt --profile compact --query TEXT [--tools …] [--now TIME]
       tinyagent prompt --kind planner --tools auto --query TEXT [--profile …] [--now TIME]

Prints a prompt exactly as the model receives it (no trailing newline is added).

Options:
  --profile PROFILE      tinyagent (default: the reference prompts) or compact (the embedded
                         planner's one completion prompt, dates resolved; planner kind only)
  --kind KIND            planner (default), replan, joiner or joiner-final
  --tools all|auto|a,b,… tools in the planner prompt (default all; "none" for join only;
                         "auto": the ones ToolRAG selects for --query, with its retrieved
                         in-context examples, as \`tinyagent run\` sends them)
  --toolrag-model DIR    with --tools auto: a classifier folder in the Hugging Face layout
                         (default: the embedded one)
  --now TIME             the date line's local time, e.g. 2024-05-24T14:05 (default: now)
  --instructions TEXT    a custom instruction, as set in Settings
  --query TEXT           planner: also print the user message after a blank line;
                         joiner: the question the scratchpad answers
`;

export const promptCommand: Command = {
  name: "prompt",
  summary: "print the planner, replan or joiner prompt for a tool set and date",
  usage: USAGE,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        profile: { type: "string", default: "tinyagent" },
        kind: { type: "string", default: "planner" },
        tools: { type: "string" },
        now: { type: "string" },
        instructions: { type: "string" },
        query: { type: "string" },
        "toolrag-model": { type: "string" },
      },
      USAGE,
    );
    const kind = values.kind;
    const selection = values.tools === "auto" ? await toolRagSelection(io, values) : undefined;
    let text: string;
    if (values.profile === "compact") {
      text = compactProfilePrompt(values, selection?.tools);
    } else if (values.profile !== "tinyagent") {
      throw new UsageError(`--profile must be tinyagent or compact, got "${values.profile}".`);
    } else if (kind === "planner" || kind === "replan") {
      const tools = selection?.tools ?? selectTools(defaultRegistry(), values.tools);
      text = plannerSystemPrompt({
        tools,
        now: parseNow(values.now),
        ...(selection?.examples === undefined ? {} : { examples: selection.examples }),
        replan: kind === "replan",
        ...(values.instructions === undefined ? {} : { customInstructions: values.instructions }),
      });
      if (values.query !== undefined) text += `\n\n${plannerUserMessage(values.query)}`;
    } else if (kind === "joiner" || kind === "joiner-final") {
      const final = kind === "joiner-final";
      text =
        values.query === undefined
          ? final
            ? JOINER_FINAL_PROMPT
            : JOINER_PROMPT
          : joinerPrompt({ query: values.query, scratchpad: "", final });
    } else {
      throw new UsageError(`--kind must be planner, replan, joiner or joiner-final, got "${kind}".`);
    }
    io.stdout.write(text);
    return 0;
  },
};

/**
 * Runs ToolRAG over every tool for `--tools auto`. Only the first planner prompt is narrowed (the
 * replan prompt keeps every tool, spec §4.4), and only a query can be classified.
 */
async function toolRagSelection(
  io: CliIo,
  values: {
    kind?: string;
    query?: string;
    "toolrag-model"?: string;
  },
): Promise<ToolSelection> {
  if (values.kind !== "planner") throw new UsageError("--tools auto applies to --kind planner only.");
  if (values.query === undefined)
    throw new UsageError("--tools auto needs --query TEXT to select tools for.");
  const settings = await loadSettings(io);
  const selector = await loadToolSelector(toolSelectorOptions(settings, values));
  try {
    return await selector.select(values.query, { registry: defaultRegistry() });
  } finally {
    await selector.dispose();
  }
}

/**
 * The compact profile has one prompt, the planner's, and it is built for a question: no replan
 * or joiner variants and no custom instructions, so asking for them is a usage error rather than
 * a silently different prompt.
 */
function compactProfilePrompt(
  values: {
    kind?: string;
    tools?: string;
    now?: string;
    instructions?: string;
    query?: string;
  },
  selected: readonly ToolSpec[] | undefined,
): string {
  if (values.kind !== undefined && values.kind !== "planner") {
    throw new UsageError(`--profile compact has only the planner prompt, got --kind ${values.kind}.`);
  }
  if (values.instructions !== undefined) {
    throw new UsageError("--instructions applies to the tinyagent profile only.");
  }
  if (values.query === undefined) throw new UsageError("--profile compact needs --query TEXT.");
  return compactPrompt({
    query: values.query,
    now: parseNow(values.now),
    tools: selected ?? selectTools(defaultRegistry(), values.tools),
  });
}
