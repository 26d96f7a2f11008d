import type { PlanValue } from "../plan/index.js";

/** How SummaryJoiner words one tool's step. */
export interface ToolPhrases {
  /** A successful step, e.g. `Drafted an SMS to +14155550100`. */
  done(args: readonly PlanValue[], observation: string): string;
  /** What the step set out to do, after "I couldn't" / "I didn't": `draft an SMS to Sid`. */
  intent(args: readonly PlanValue[]): string;
}

const UNRESOLVED = /\$\{?\d+\}?/;

/** A usable literal: non-empty, not "None", and not an unsubstituted `$N` (a step that never ran). */
function text(value: PlanValue | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" || trimmed === "None" || UNRESOLVED.test(trimmed) ? undefined : trimmed;
}

function names(value: PlanValue | undefined): string | undefined {
  const items = (Array.isArray(value) ? value : [value])
    .map((item) => text(item))
    .filter((item) => item !== undefined);
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const quoted = (value: PlanValue | undefined) => (text(value) ? ` "${text(value)}"` : "");
const part = (word: string, value: string | undefined) => (value ? ` ${word} ${value}` : "");
const clean = (observation: string) => observation.trim().replace(/\.$/, "");
const whose = (value: PlanValue | undefined) => (text(value) ? `${text(value)}'s` : "the");

const PHRASES: Readonly<Record<string, ToolPhrases>> = {
  create_calendar_event: {
    done: ([title, , , , , , calendar]) => `Created the event${quoted(title)}${part("in", text(calendar))}`,
    intent: ([title]) => `create the event${quoted(title)}`,
  },
  get_phone_number: {
    done: ([name], observation) => `${whose(name)} phone number is ${clean(observation)}`,
    intent: ([name]) => `look up ${whose(name)} phone number`,
  },
  get_email_address: {
    done: ([name], observation) => `${whose(name)} email address is ${clean(observation)}`,
    intent: ([name]) => `look up ${whose(name)} email address`,
  },
  open_and_get_file_path: {
    done: (_, observation) => `Opened ${clean(observation)}`,
    intent: ([name]) => `find the file${quoted(name)}`,
  },
  summarize_pdf: {
    done: (_, observation) => observation.trim(),
    intent: ([path]) => `summarize ${text(path) ?? "the PDF"}`,
  },
  compose_new_email: {
    done: ([recipients, , subject]) =>
      `Drafted an email${part("to", names(recipients))}${part("about", quoted(subject).trim())}`,
    intent: ([recipients, , subject]) =>
      `draft an email${part("to", names(recipients))}${part("about", quoted(subject).trim())}`,
  },
  reply_to_email: {
    done: () => "Drafted a reply to the selected email",
    intent: () => "draft a reply to the selected email",
  },
  forward_email: {
    done: ([recipients]) => `Drafted a forward of the selected email${part("to", names(recipients))}`,
    intent: ([recipients]) => `forward the selected email${part("to", names(recipients))}`,
  },
  maps_open_location: {
    done: ([location]) => `Opened ${text(location) ?? "the location"} in Apple Maps`,
    intent: ([location]) => `open ${text(location) ?? "the location"} in Apple Maps`,
  },
  maps_show_directions: {
    done: ([start, end]) =>
      `Opened directions to ${text(end) ?? "the destination"}${part("from", text(start))} in Apple Maps`,
    intent: ([, end]) => `show directions to ${text(end) ?? "the destination"}`,
  },
  create_note: {
    done: ([name, , folder]) => `Created the note${quoted(name)}${part("in", text(folder))}`,
    intent: ([name]) => `create the note${quoted(name)}`,
  },
  open_note: {
    done: ([name], observation) => `The note${quoted(name)} says: ${observation.trim()}`,
    intent: ([name]) => `open the note${quoted(name)}`,
  },
  append_note_content: {
    done: ([name]) => `Added to the note${quoted(name)}`,
    intent: ([name]) => `add to the note${quoted(name)}`,
  },
  create_reminder: {
    done: ([name, due, , list]) =>
      `Created the reminder${quoted(name)}${part("for", text(due))}${part("in", text(list))}`,
    intent: ([name]) => `create the reminder${quoted(name)}`,
  },
  send_sms: {
    done: ([recipients]) => `Drafted an SMS${part("to", names(recipients))}`,
    intent: ([recipients]) => `draft an SMS${part("to", names(recipients))}`,
  },
  get_zoom_meeting_link: {
    done: ([topic], observation) => `Created the Zoom meeting${quoted(topic)}: ${clean(observation)}`,
    intent: ([topic]) => `create the Zoom meeting${quoted(topic)}`,
  },
};

/** Phrases for a built-in tool, or plain ones naming the tool for a custom tool. */
export function toolPhrases(tool: string): ToolPhrases {
  return (
    PHRASES[tool] ?? {
      done: (_, observation) => `Ran ${tool}${clean(observation) ? `: ${clean(observation)}` : ""}`,
      intent: () => `run ${tool}`,
    }
  );
}
