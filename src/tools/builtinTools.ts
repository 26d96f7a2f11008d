import { defineTool } from "./defineTool.js";
import type { ToolParam, ToolSpec } from "./ToolSpec.js";

const str = (name: string, kind: ToolParam["kind"], nullable = false): ToolParam => ({
  name,
  type: "str",
  kind,
  nullable,
});
const list = (name: string, kind: ToolParam["kind"], nullable = false): ToolParam => ({
  name,
  type: "list[str]",
  kind,
  nullable,
  ordered: false,
});

const CONTEXT_BULLET =
  "The context parameter is optional and should only be used to pass down some intermediate result. Otherwise, just leave it as empty string.";
const ATTACHMENTS_BULLET = "The attachments parameter can be a single file path or a list of file paths.";
const NOTE_FOLDER_BULLET =
  "If a folder is specified, the note is created in that folder; otherwise, it's created in the default folder.";

/**
 * The 16 TinyAgent tools in the reference's fixed prompt order, which is also the ToolRAG
 * classifier's label order (spec §1.1). Descriptions are byte-exact with the reference prompt,
 * typos included, because the fine-tuned models saw exactly these bytes.
 */
export const BUILTIN_TOOLS: readonly ToolSpec[] = [
  {
    name: "create_calendar_event",
    app: "calendar",
    risk: "write",
    params: [
      str("title", "title"),
      str("start_date", "datetime"),
      str("end_date", "datetime"),
      str("location", "location", true),
      list("invitees", "email-list"),
      str("notes", "free-text", true),
      str("calendar", "calendar-name", true),
    ],
    bullets: [
      "Create a calendar event.",
      "The format for start_date and end_date is 'YYYY-MM-DD HH:MM:SS'.",
      "For invitees, you need a list of email addresses; use an empty list if not applicable.",
      "For location, notes, and calendar, use an empty string or None if not applicable.",
      "Returns the status of the event creation.",
    ],
  },
  {
    name: "get_phone_number",
    app: "contacts",
    risk: "read",
    params: [str("name", "contact-name")],
    bullets: ["Search for a contact by name.", "Returns the phone number of the contact."],
  },
  {
    name: "get_email_address",
    app: "contacts",
    risk: "read",
    params: [str("name", "contact-name")],
    bullets: ["Search for a contact by name.", "Returns the email address of the contact."],
  },
  {
    name: "open_and_get_file_path",
    app: "files",
    risk: "read",
    params: [str("file_name", "file-name")],
    bullets: ["Opens the file and returns its path."],
  },
  {
    name: "summarize_pdf",
    app: "files",
    risk: "read",
    params: [str("pdf_path", "file-path")],
    bullets: [
      "Summarizes the content of a PDF file and returns the summary.",
      "This tool can only be used AFTER calling open_and_get_file_path tool to get the PDF file path.",
    ],
  },
  {
    name: "compose_new_email",
    app: "mail",
    risk: "draft",
    params: [
      list("recipients", "email-list"),
      list("cc", "email-list", true),
      str("subject", "title"),
      str("context", "free-text", true),
      list("attachments", "file-path-list", true),
    ],
    bullets: [
      "Composes a new email and returns the status of the email composition.",
      "The recipients and cc parameters can be a single email or a list of emails.",
      ATTACHMENTS_BULLET,
      CONTEXT_BULLET,
      "You MUST put a map location in the 'context' parameter if you want to send a location in the email.",
      "If you want to send a zoom link, you MUST put the zoom link in the 'context' parameter.",
    ],
  },
  {
    name: "reply_to_email",
    app: "mail",
    risk: "draft",
    params: [
      list("cc", "email-list", true),
      str("context", "free-text", true),
      list("attachments", "file-path-list", true),
    ],
    bullets: [
      "Replies to the currently selected email in Mail with the given content.",
      "The cc parameter can be a single email or a list of emails.",
      ATTACHMENTS_BULLET,
      CONTEXT_BULLET,
    ],
  },
  {
    name: "forward_email",
    app: "mail",
    risk: "draft",
    params: [
      list("recipients", "email-list"),
      list("cc", "email-list", true),
      str("context", "free-text", true),
      list("attachments", "file-path-list", true),
    ],
    bullets: [
      "Forwards the currently selected email in Mail with the given content.",
      "The recipients and cc parameters can be a single email or a list of emails.",
      ATTACHMENTS_BULLET,
      CONTEXT_BULLET,
    ],
  },
  {
    name: "maps_open_location",
    app: "maps",
    risk: "read",
    params: [str("location", "location")],
    bullets: [
      "Opens the specified location in Apple Maps.",
      "The query can be a place name, address, or coordinates.",
      "Returns the URL of the location in Apple Maps.",
    ],
  },
  {
    name: "maps_show_directions",
    app: "maps",
    risk: "read",
    params: [
      str("start_location", "location", true),
      str("end_location", "location"),
      { name: "transport", type: "str", kind: "enum", nullable: true, values: ["d", "w", "r"] },
    ],
    bullets: [
      "Show directions from a start location to an end location in Apple Maps.",
      "The transport parameter defaults to 'd' (driving), but can also be 'w' (walking) or 'r' (public transit).",
      "The start location can be left empty to default to the current location of the device.",
      "Returns the URL of the location and directions in Apple Maps.",
    ],
  },
  {
    name: "create_note",
    app: "notes",
    risk: "write",
    params: [str("name", "title"), str("content", "free-text"), str("folder", "folder-name", true)],
    bullets: [
      "Creates a new note with the given content.",
      "The name is used as the title of the note.",
      "The content is the main text of the note.",
      "The folder is optional, use an empty string if not applicable.",
      "Returns the status of the note creation.",
    ],
  },
  {
    name: "open_note",
    app: "notes",
    risk: "read",
    params: [str("name", "note-name"), str("folder", "folder-name", true)],
    bullets: ["Opens an existing note by its name.", NOTE_FOLDER_BULLET, "Returns the content of the note."],
  },
  {
    name: "append_note_content",
    app: "notes",
    risk: "write",
    params: [str("name", "note-name"), str("content", "free-text"), str("folder", "folder-name", true)],
    bullets: [
      "Appends content to an existing note.",
      NOTE_FOLDER_BULLET,
      "Returns the status of the content appending.",
    ],
  },
  {
    name: "create_reminder",
    app: "reminders",
    risk: "write",
    params: [
      str("name", "title"),
      str("due_date", "date-or-datetime", true),
      str("notes", "free-text", true),
      str("list_name", "list-name", true),
      { name: "priority", type: "int", kind: "priority", nullable: true },
      { name: "all_day", type: "bool", kind: "flag", nullable: true },
    ],
    bullets: [
      "Creates a new reminder and returns the status of the reminder creation.",
      "The format for due_date is 'YYYY-MM-DD HH:MM:SS'. If 'all_day' is True, then the format is 'YYYY-MM-DD'.",
      "The list_name is optional, use an empty string if not applicable.",
      "The priority is optional and defaults to 0.",
      "The all_day parameter is optional and defaults to False.",
    ],
  },
  {
    name: "send_sms",
    app: "sms",
    risk: "draft",
    params: [list("recipients", "phone-list"), str("message", "free-text")],
    bullets: [
      "Send an SMS to a list of phone numbers.",
      "The recipients argument can be a single phone number or a list of phone numbers.",
      "Returns the status of the SMS.",
    ],
  },
  {
    name: "get_zoom_meeting_link",
    app: "zoom",
    risk: "write",
    params: [
      str("topic", "title"),
      str("start_time", "datetime"),
      { name: "duration", type: "int", kind: "duration-minutes", nullable: false },
      {
        name: "meeting_invitees",
        type: "Sequence[str]",
        kind: "email-list",
        nullable: false,
        ordered: false,
      },
    ],
    bullets: [
      "Creates a Zoom meeting and returns the join URL.",
      "You need to call create_calendar_event to attach the zoom link as a note to the calendar event, or compose_new_email to send the link to the invitees in the body of the email.",
      "'topic', 'start_time', 'duration', and 'meeting_invitees' are required.",
      "'duration' is in minutes.",
      "The format for start_time is 'YYYY-MM-DD HH:MM:SS'.",
    ],
  },
].map((definition) => defineTool(definition as Parameters<typeof defineTool>[0], { builtin: true }));

/** Prompt order = ToolRAG label order (spec §1.1). */
export const BUILTIN_TOOL_NAMES: readonly string[] = BUILTIN_TOOLS.map((tool) => tool.name);

/** The join pseudo-tool's description, byte-exact (note the trailing space after "plans."). */
export const JOIN_DESCRIPTION =
  "join():\n" +
  " - Collects and combines results from prior actions.\n" +
  " - A LLM agent is called upon invoking join to either finalize the user query or wait until the plans are executed.\n" +
  " - join should always be the last action in the plan, and will be called in two scenarios:\n" +
  "   (a) if the answer can be determined by gathering the outputs from tasks to generate the final response.\n" +
  "   (b) if the answer cannot be determined in the planning phase before you execute the plans. \n";
