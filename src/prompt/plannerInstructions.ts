// Prompt texts reproduced from SqueezeAILab/TinyAgent (MIT License, Copyright (c) 2024 SqueezeAILab).
import type { ToolSpec } from "../tools/index.js";
import { formatDateLine } from "./formatDateLine.js";

const EMAIL_TOOLS = ["get_email_address", "compose_new_email", "reply_to_email", "forward_email"];
const SMS_TOOLS = ["get_phone_number", "send_sms"];

/**
 * Tool-specific rules in the reference order (`TOOL_SPECIFIC_PROMPTS`), each added when any tool of its
 * trigger set is in the prompt. The texts name tools that may not be in the subset (e.g. the email rule
 * names get_email_address when only compose_new_email was selected): that is what the models saw.
 */
const TOOL_RULES: readonly { readonly triggers: readonly string[]; readonly text: string }[] = [
  {
    triggers: EMAIL_TOOLS,
    text: " - Before sending an email, you MUST use the get_email_address tool to get the email addresses of the recipients and cc, unless you are explicitly given their email addresses.\n",
  },
  {
    triggers: SMS_TOOLS,
    text:
      " - Before sending an SMS, you MUST use the get_phone_number tool to get the phone number of the contact, unless you are explicitly given their phone number.\n" +
      " - If you need to send an SMS message to multiple contacts, send it in one message, unless specified otherwise.\n",
  },
  {
    triggers: [...EMAIL_TOOLS, ...SMS_TOOLS],
    text: " - If you need to send an email or an sms using compose_new_email, reply_to_email, forward_email, or send_sms tools, you MUST send it before calling join(), or you WILL BE PENALIZED!\n",
  },
  {
    triggers: ["get_zoom_meeting_link"],
    text: " - If you need to create a zoom meeting, you MUST use get_zoom_meeting_link to get the newly created zoom meeting link.\n",
  },
  {
    triggers: ["open_note", "append_note_content"],
    text: " - If you need to append some content to a note, you DON'T HAVE TO call open_note before calling append_note_content. You can directly use append_note_content to append some content to the specific note.\n",
  },
  {
    triggers: ["maps_open_location", "maps_show_directions"],
    text: " - If you need to show directions to a place, you DON'T HAVE TO call maps_open_location before calling maps_show_directions. You can directly use maps_show_directions to show directions to the specific place.\n",
  },
];

export interface PlannerInstructionsOptions {
  /** The tools in the prompt; only their names matter here. */
  readonly tools: readonly Pick<ToolSpec, "name">[];
  /** The moment the request is planned for; printed in its own local time. */
  readonly now: Date;
  /** The user's free-text preference (Settings); empty or absent adds nothing. */
  readonly customInstructions?: string;
}

/**
 * The reference's custom-instructions block (`get_planner_custom_instructions_prompt`, spec §4.1): nine
 * fixed bullets including today's date, the rules triggered by the selected tools, then the user's
 * instruction as " - <text>" with no trailing newline. Without a user instruction the block ends in
 * "\n", so the builder's "\n\n" gives two blank lines before the examples; with one, a single blank line.
 */
export function plannerInstructions({ tools, now, customInstructions }: PlannerInstructionsOptions): string {
  const names = new Set(tools.map((tool) => tool.name));
  let block =
    " - You need to start your plan with the '1.' call\n" +
    ` - Today's date is ${formatDateLine(now)}\n` +
    " - Unless otherwise specified, the default meeting duration is 60 minutes.\n" +
    " - Do not use named arguments in your tool calls.\n" +
    // The prompt shows the two characters backslash and n, not a line break.
    " - You MUST end your plans with the 'join()' call and a '\\n' character.\n" +
    " - You MUST fill every argument in the tool calls, even if they are optional.\n" +
    " - The format for dates MUST be in ISO format of 'YYYY-MM-DD HH:MM:SS', unless other specified.\n" +
    " - If you want to use the result of a previous tool call, you MUST use the '$' sign followed by the index of the tool call.\n" +
    " - You MUST ONLY USE join() at the very very end of the plan, or you WILL BE PENALIZED.\n";
  for (const rule of TOOL_RULES) {
    if (rule.triggers.some((name) => names.has(name))) block += rule.text;
  }
  if (customInstructions !== undefined && customInstructions.length > 0) block += ` - ${customInstructions}`;
  return block;
}
