import { ToolFailure } from "../../tools/index.js";
import { findFile } from "./findFile.js";
import { nextId } from "./nextId.js";
import type { MailDraft, MailMessage } from "./SandboxState.js";
import type { SandboxTool, SandboxToolContext } from "./SandboxTool.js";
import type { ToolArguments } from "./ToolArguments.js";

function attachments(args: ToolArguments, index: number, context: SandboxToolContext): string[] {
  return args
    .list(index, "attachments")
    .map((entry) => findFile(context.state.files, entry, context.note).path);
}

function selectedMessage(context: SandboxToolContext, action: string): MailMessage {
  const { mail } = context.state;
  const message = mail.inbox.find((candidate) => candidate.id === mail.selectedMessageId);
  if (!message) {
    throw new ToolFailure(
      `No email is selected in Mail. An email has to be viewed in Mail to ${action} it.`,
      {
        code: "sandbox/no-selection",
      },
    );
  }
  return message;
}

function prefixed(prefix: string, subject: string): string {
  return subject.toLowerCase().startsWith(prefix.toLowerCase()) ? subject : `${prefix} ${subject}`;
}

function addDraft(context: SandboxToolContext, draft: Omit<MailDraft, "id">): void {
  const { drafts } = context.state.mail;
  drafts.push({ id: nextId("draft", drafts), ...draft });
  context.changed();
}

const paragraphs = (...parts: string[]) => parts.filter((part) => part !== "").join("\n\n");

/**
 * compose_new_email, reply_to_email and forward_email (spec §1.3 #6–#8): each adds a draft to
 * `state.mail.drafts`; nothing is ever sent. Recipient and cc names are resolved to addresses and
 * attachment names to paths. The reference has an LLM write the body from `context` and the
 * user's query, which a backend never sees; the sandbox writes the subject and then `context` for
 * a new email, `context` above the quoted original for a reply, and `context` above the
 * forwarded message for a forward (the reference ignores `context` there).
 */
export const mailTools: Readonly<Record<string, SandboxTool>> = {
  compose_new_email: (args, context) => {
    const to = context.contacts.emailsFor(args.list(0, "recipients"));
    const cc = context.contacts.emailsFor(args.list(1, "cc"));
    const subject = args.text(2, "subject").trim();
    const files = attachments(args, 4, context);
    addDraft(context, {
      kind: "new",
      to,
      cc,
      subject,
      body: paragraphs(subject, args.optionalName(3, "context")),
      attachments: files,
    });
    const extras = [files.length > 0 ? "attachments" : "", cc.length > 0 ? "cc" : ""].filter(Boolean);
    return `New email composed successfully${extras.length > 0 ? ` with ${extras.join(" and ")}` : ""}.`;
  },

  reply_to_email: (args, context) => {
    const message = selectedMessage(context, "reply to");
    const cc = context.contacts.emailsFor(args.list(0, "cc"));
    const files = attachments(args, 2, context);
    const quoted = message.body
      .split("\n")
      .map((line) => (line === "" ? ">" : `> ${line}`))
      .join("\n");
    addDraft(context, {
      kind: "reply",
      sourceMessageId: message.id,
      to: [message.from.address],
      cc,
      subject: prefixed("Re:", message.subject),
      body: paragraphs(
        args.optionalName(1, "context"),
        `On ${message.date}, ${message.from.name} wrote:\n${quoted}`,
      ),
      attachments: files,
    });
    return "Replied to the selected email successfully.";
  },

  forward_email: (args, context) => {
    const message = selectedMessage(context, "forward");
    const to = context.contacts.emailsFor(args.list(0, "recipients"));
    const cc = context.contacts.emailsFor(args.list(1, "cc"));
    const files = attachments(args, 3, context);
    const header = [
      "Begin forwarded message:",
      "",
      `From: ${message.from.name} <${message.from.address}>`,
      `Subject: ${message.subject}`,
      `Date: ${message.date}`,
    ].join("\n");
    addDraft(context, {
      kind: "forward",
      sourceMessageId: message.id,
      to,
      cc,
      subject: prefixed("Fwd:", message.subject),
      body: paragraphs(args.optionalName(2, "context"), header, message.body),
      attachments: files,
    });
    return "Forwarded the selected email successfully.";
  },
};
