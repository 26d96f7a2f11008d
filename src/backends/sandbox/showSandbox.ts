import { TinyAgentError } from "../../base/index.js";
import { fullNameOf } from "./ContactBook.js";
import type { SandboxState } from "./SandboxState.js";

const PRIORITY_NAMES: Readonly<Record<number, string>> = { 0: "", 1: "high", 5: "medium", 9: "low" };
const time = (value: string) => value.slice(0, 16);
const indent = (text: string, prefix = "    ") => text.replace(/^/gm, prefix);
const orNone = (lines: string[]) => (lines.length > 0 ? lines : ["  (none)"]);

const VIEWS: Readonly<Record<string, (state: SandboxState) => string[]>> = {
  contacts: (state) =>
    state.contacts.flatMap((contact) => [
      `  ${fullNameOf(contact)}`,
      ...contact.phones.map((phone) => `    phone (${phone.label}): ${phone.value}`),
      ...contact.emails.map((email) => `    email (${email.label}): ${email.value}`),
      ...(contact.phones.length === 0 ? ["    (no phone)"] : []),
      ...(contact.emails.length === 0 ? ["    (no email)"] : []),
    ]),

  calendar: (state) =>
    state.calendar.calendars.flatMap((calendar) => {
      const events = state.calendar.events
        .filter((event) => event.calendar === calendar)
        .sort((a, b) => a.start.localeCompare(b.start));
      return [
        `  ${calendar}`,
        ...(events.length === 0 ? ["    (no events)"] : []),
        ...events.flatMap((event) => {
          const sameDay = event.start.slice(0, 10) === event.end.slice(0, 10);
          return [
            `    ${time(event.start)}–${sameDay ? event.end.slice(11, 16) : time(event.end)}  ${event.title}`,
            ...(event.location ? [`      location: ${event.location}`] : []),
            ...(event.invitees.length > 0 ? [`      invitees: ${event.invitees.join(", ")}`] : []),
            ...(event.notes ? [`      notes: ${event.notes}`] : []),
          ];
        }),
      ];
    }),

  mail: (state) => {
    const { mail } = state;
    const inbox = mail.inbox.map(
      (message) =>
        `  ${message.id === mail.selectedMessageId ? "▸" : " "} ${time(message.date)}  ${message.from.name} <${message.from.address}>  ${message.subject}`,
    );
    const drafts = mail.drafts.flatMap((draft) => [
      `    [${draft.kind}] ${draft.subject || "(no subject)"}`,
      `      to: ${draft.to.join(", ") || "(nobody)"}`,
      ...(draft.cc.length > 0 ? [`      cc: ${draft.cc.join(", ")}`] : []),
      ...(draft.attachments.length > 0 ? [`      attachments: ${draft.attachments.join(", ")}`] : []),
      indent(draft.body, "      | "),
    ]);
    return [
      `  Inbox of ${mail.account.address} (▸ selected)`,
      ...orNone(inbox),
      "  Drafts (never sent)",
      ...(drafts.length > 0 ? drafts : ["    (none)"]),
    ];
  },

  messages: (state) =>
    orNone(
      state.messages.drafts.map(
        (draft) => `  draft to ${draft.recipients.join(", ")}: ${JSON.stringify(draft.message)}`,
      ),
    ),

  notes: (state) =>
    state.notes.folders.flatMap((folder) => {
      const notes = state.notes.notes.filter((note) => note.folder === folder);
      return [
        `  ${folder}/`,
        ...(notes.length === 0 ? ["    (empty)"] : []),
        ...notes.flatMap((note) => [
          `    ${note.title}`,
          ...(note.body ? [indent(note.body, "      | ")] : []),
        ]),
      ];
    }),

  reminders: (state) =>
    state.reminders.lists.flatMap((list) => {
      const items = state.reminders.items.filter((item) => item.list === list);
      return [
        `  ${list}`,
        ...(items.length === 0 ? ["    (empty)"] : []),
        ...items.map((item) => {
          const details = [
            item.due === null ? "" : `due ${item.allDay ? `${item.due} (all day)` : time(item.due)}`,
            PRIORITY_NAMES[item.priority] ? `${PRIORITY_NAMES[item.priority]} priority` : "",
            item.notes ? `notes: ${item.notes}` : "",
          ].filter(Boolean);
          return `    [${item.completed ? "x" : " "}] ${item.name}${details.length > 0 ? `  (${details.join("; ")})` : ""}`;
        }),
      ];
    }),

  files: (state) => [
    ...[...state.files.entries]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((file) => `  ${file.path}${file.kind === "pdf" ? `  (PDF, ${file.pages.length} page(s))` : ""}`),
    "  Opened (recorded, never really opened)",
    ...(state.files.opened.length > 0 ? state.files.opened.map((path) => `    ${path}`) : ["    (none)"]),
  ],

  zoom: (state) =>
    orNone(
      state.zoom.meetings.map(
        (meeting) =>
          `  ${time(meeting.start)}  ${meeting.topic} (${meeting.durationMinutes} min)  ${meeting.joinUrl}` +
          (meeting.invitees.length > 0 ? `\n    invitees: ${meeting.invitees.join(", ")}` : ""),
      ),
    ),

  maps: () => ["  Maps keeps no state: its tools only build Apple Maps URLs."],
};

const TITLES: Readonly<Record<string, string>> = {
  contacts: "Contacts",
  calendar: "Calendar",
  mail: "Mail",
  messages: "Messages",
  notes: "Notes",
  reminders: "Reminders",
  files: "Files",
  zoom: "Zoom",
  maps: "Maps",
};

/** Apps `showSandbox` knows; `sms` is accepted as another name for `messages`. */
export const SANDBOX_APPS: readonly string[] = Object.keys(VIEWS);

/**
 * A readable text view of the sandbox for `tinyagent sandbox show [app]`: every app, or the one
 * named (case-insensitive; the tool group names `sms` and `contacts` work too). Calendar lists
 * each calendar's events with start–end, location, invitees and notes; Mail marks the selected
 * message and shows drafts with their bodies. An unknown app throws `sandbox/unknown-app`.
 */
export function showSandbox(state: SandboxState, app?: string): string {
  const wanted = app?.trim().toLowerCase();
  const key = wanted === "sms" ? "messages" : wanted;
  if (key !== undefined && key !== "" && !Object.hasOwn(VIEWS, key)) {
    throw new TinyAgentError(
      "sandbox/unknown-app",
      `Unknown app "${app}". Apps: ${SANDBOX_APPS.join(", ")}.`,
      {
        context: { app },
      },
    );
  }
  const keys = key ? [key] : SANDBOX_APPS;
  return `${keys
    .map((name) =>
      [`${TITLES[name]}`, ...(VIEWS[name] as (state: SandboxState) => string[])(state)].join("\n"),
    )
    .join("\n\n")}\n`;
}
