/**
 * The fixed multi-step plans of `tinyagent bench exec`: the shapes users ask for most (several
 * people looked up for one invite, email or group SMS; a Zoom link that feeds an invite; a file
 * summarised into a note while directions open), written against the sandbox's seed data so
 * every step succeeds.
 */
export const EXEC_BENCHMARK_PLANS: readonly { readonly name: string; readonly plan: string }[] = [
  {
    name: "invite three people",
    plan: `1. get_email_address("Sid Sharma")
2. get_email_address("Maya Chen")
3. get_email_address("Noah Williams")
4. create_calendar_event("Lunch", "2025-06-05 12:00:00", "2025-06-05 13:00:00", "Tartine", ["$1", "$2", "$3"], "", None)
5. join()<END_OF_PLAN>`,
  },
  {
    name: "group text",
    plan: `1. get_phone_number("Sid Sharma")
2. get_phone_number("Lutfi Eren Erdoğan")
3. get_phone_number("Zoë Müller")
4. send_sms(["$1", "$2", "$3"], "Running 10 minutes late, start without me")
5. join()<END_OF_PLAN>`,
  },
  {
    name: "zoom invite and email",
    plan: `1. get_email_address("Olivia Brown")
2. get_email_address("José Ramírez")
3. get_zoom_meeting_link("Design review", "2025-06-06 10:00:00", 60, ["$1", "$2"])
4. create_calendar_event("Design review", "2025-06-06 10:00:00", "2025-06-06 11:00:00", "", ["$1", "$2"], "$3", "Work")
5. compose_new_email(["$1", "$2"], [], "Design review", "$3", [])
6. join()<END_OF_PLAN>`,
  },
  {
    name: "summarise a PDF into a note, with directions",
    plan: `1. open_and_get_file_path("Lease Agreement")
2. summarize_pdf("$1")
3. create_note("Lease summary", "$2", "Notes")
4. maps_show_directions("", "450 Sutter St, San Francisco", "d")
5. join()<END_OF_PLAN>`,
  },
  {
    name: "reply with cc and a reminder",
    plan: `1. get_email_address("Maya Chen")
2. open_and_get_file_path("Budget 2025.csv")
3. reply_to_email(["$1"], "Thursday works, see the budget attached", ["$2"])
4. create_reminder("Lunch with Sid", "2025-06-05 11:30:00", "", "Reminders", 0, False)
5. append_note_content("Meeting notes", "Lunch with Sid on Thursday", "Work")
6. join()<END_OF_PLAN>`,
  },
];
