import {
  compactPrompt,
  JOINER_FINAL_PROMPT,
  JOINER_PROMPT,
  joinerPrompt,
  plannerSystemPrompt,
  plannerUserMessage,
} from "../../prompt/index.js";
import type { Command } from "../Command.js";
import { parseNow } from "../parseNow.js";
import { parseOptions } from "../parseOptions.js";
import { defaultRegistry, selectTools } from "../selectTools.js";
import { UsageError } from "../UsageError.js";

const USAGE = `Usage: tinyagent prompt --kind planner|replan|joiner|joiner-final [options]
       tinyagent prompt --profile compact --query TEXT [--tools …] [--now TIME]

Prints a prompt exactly as the model receives it (no trailing newline is added).

Options:
  --profile PROFILE      tinyagent (default: the reference prompts) or compact (the embedded
                         planner's one completion prompt, dates resolved; planner kind only)
  --kind KIND            planner (default), replan, joiner or joiner-final
  --tools all|a,b,…      tools in the planner prompt (default all; "none" for join only)
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
      },
      USAGE,
    );
    const kind = values.kind;
    let text: string;
    if (values.profile === "compact") {
      text = compactProfilePrompt(values);
    } else if (values.profile !== "tinyagent") {
      throw new UsageError(`--profile must be tinyagent or compact, got "${values.profile}".`);
    } else if (kind === "planner" || kind === "replan") {
      const tools = selectTools(defaultRegistry(), values.tools);
      text = plannerSystemPrompt({
        tools,
        now: parseNow(values.now),
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
 * The compact profile has one prompt, the planner's, and it is built for a question: no replan
 * or joiner variants and no custom instructions, so asking for them is a usage error rather than
 * a silently different prompt.
 */
function compactProfilePrompt(values: {
  kind?: string;
  tools?: string;
  now?: string;
  instructions?: string;
  query?: string;
}): string {
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
    tools: selectTools(defaultRegistry(), values.tools),
  });
}
