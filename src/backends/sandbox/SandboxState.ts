import { z } from "zod";

/** `YYYY-MM-DD HH:MM:SS`: the sandbox keeps naive local times, as Calendar shows them. */
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Absolute virtual path without `..` segments, so the store can mirror it safely on disk. */
const virtualPath = z
  .string()
  .regex(/^\/[^\0]*$/)
  .refine((path) => !path.split("/").some((segment) => segment === ".." || segment === "."), {
    message: "path must not contain . or .. segments",
  });

const labelled = z.object({ label: z.string(), value: z.string() });

export const ContactSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  company: z.string().optional(),
  phones: z.array(labelled),
  emails: z.array(labelled),
});

export const CalendarEventSchema = z.object({
  id: z.string(),
  calendar: z.string(),
  title: z.string(),
  start: dateTime,
  end: dateTime,
  location: z.string(),
  notes: z.string(),
  invitees: z.array(z.string()),
});

export const MailMessageSchema = z.object({
  id: z.string(),
  from: z.object({ name: z.string(), address: z.string() }),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  date: dateTime,
  body: z.string(),
});

export const MailDraftSchema = z.object({
  id: z.string(),
  kind: z.enum(["new", "reply", "forward"]),
  /** The inbox message a reply or forward was made from. */
  sourceMessageId: z.string().optional(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
  attachments: z.array(z.string()),
});

export const SmsDraftSchema = z.object({
  id: z.string(),
  recipients: z.array(z.string()),
  message: z.string(),
});

export const NoteSchema = z.object({
  id: z.string(),
  folder: z.string(),
  title: z.string(),
  body: z.string(),
});

export const ReminderSchema = z.object({
  id: z.string(),
  list: z.string(),
  name: z.string(),
  notes: z.string(),
  /** `YYYY-MM-DD` when all-day, `YYYY-MM-DD HH:MM:SS` otherwise, null without a due date. */
  due: z.union([dateTime, date]).nullable(),
  allDay: z.boolean(),
  /** Apple's scale: 0 none, 1 high, 5 medium, 9 low. */
  priority: z.union([z.literal(0), z.literal(1), z.literal(5), z.literal(9)]),
  completed: z.boolean(),
});

export const SandboxFileSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("pdf"),
    path: virtualPath,
    title: z.string(),
    /** Page texts; paragraphs separated by blank lines. The PDF bytes are rendered from these. */
    pages: z.array(z.string()).min(1),
  }),
  z.object({ kind: z.literal("text"), path: virtualPath, content: z.string() }),
]);

export const ZoomMeetingSchema = z.object({
  id: z.string(),
  topic: z.string(),
  start: dateTime,
  durationMinutes: z.number().int().positive(),
  invitees: z.array(z.string()),
  joinUrl: z.string(),
});

/**
 * Everything the simulated Mac knows, as one plain JSON-serialisable object (the store writes it
 * to `state.json` as is). Tools mutate it in place; the schema guards what comes from disk.
 */
export const SandboxStateSchema = z.object({
  version: z.literal(1),
  contacts: z.array(ContactSchema),
  calendar: z.object({ calendars: z.array(z.string()).min(1), events: z.array(CalendarEventSchema) }),
  mail: z.object({
    account: z.object({ name: z.string(), address: z.string() }),
    inbox: z.array(MailMessageSchema),
    /** The message "currently selected in Mail" that reply/forward act on. */
    selectedMessageId: z.string().nullable(),
    drafts: z.array(MailDraftSchema),
  }),
  messages: z.object({ drafts: z.array(SmsDraftSchema) }),
  notes: z.object({
    /** The first folder is the default one. */
    folders: z.array(z.string()).min(1),
    notes: z.array(NoteSchema),
  }),
  reminders: z.object({
    /** The first list is the default one. */
    lists: z.array(z.string()).min(1),
    items: z.array(ReminderSchema),
  }),
  files: z.object({
    home: virtualPath,
    entries: z.array(SandboxFileSchema),
    /** Paths "opened" by open_and_get_file_path, oldest first: the sandbox records instead of opening. */
    opened: z.array(z.string()),
  }),
  zoom: z.object({ meetings: z.array(ZoomMeetingSchema) }),
});

export type SandboxState = z.infer<typeof SandboxStateSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type CalendarEvent = z.infer<typeof CalendarEventSchema>;
export type MailMessage = z.infer<typeof MailMessageSchema>;
export type MailDraft = z.infer<typeof MailDraftSchema>;
export type SmsDraft = z.infer<typeof SmsDraftSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Reminder = z.infer<typeof ReminderSchema>;
export type SandboxFile = z.infer<typeof SandboxFileSchema>;
export type SandboxPdfFile = Extract<SandboxFile, { kind: "pdf" }>;
export type ZoomMeeting = z.infer<typeof ZoomMeetingSchema>;
