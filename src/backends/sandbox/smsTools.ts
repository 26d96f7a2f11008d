import { ToolFailure } from "../../tools/index.js";
import { nextId } from "./nextId.js";
import type { SandboxTool } from "./SandboxTool.js";

/**
 * send_sms (spec §1.3 #15): adds a draft to `state.messages.drafts`, never sends. Recipients
 * without a digit are names resolved to phone numbers through Contacts.
 */
export const smsTools: Readonly<Record<string, SandboxTool>> = {
  send_sms: (args, context) => {
    const recipients = context.contacts.phonesFor(args.list(0, "recipients"));
    if (recipients.length === 0) {
      throw new ToolFailure("The SMS needs at least one recipient.", { code: "sandbox/invalid-argument" });
    }
    const { drafts } = context.state.messages;
    drafts.push({ id: nextId("sms", drafts), recipients, message: args.text(1, "message") });
    context.changed();
    return "SMS draft composed";
  },
};
