import type { SandboxTool } from "./SandboxTool.js";

/**
 * get_phone_number / get_email_address (spec §1.3 #2, #3): the observation is the bare value,
 * as stored (no "+1" prefixing); see ContactBook for matching and failures.
 */
export const contactsTools: Readonly<Record<string, SandboxTool>> = {
  get_phone_number: (args, { contacts }) => contacts.phoneOf(args.text(0, "name")),
  get_email_address: (args, { contacts }) => contacts.emailOf(args.text(0, "name")),
};
