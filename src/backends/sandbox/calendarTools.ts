import { ToolFailure } from "../../tools/index.js";
import { closestMatch } from "./closestMatch.js";
import { addMinutes, parseLocalDateTime } from "./localDateTime.js";
import { nextId } from "./nextId.js";
import type { SandboxTool } from "./SandboxTool.js";
import type { ToolArguments } from "./ToolArguments.js";

const FORMAT = "'YYYY-MM-DD HH:MM:SS'";

function dateArgument(args: ToolArguments, index: number, name: string): string | undefined {
  const text = args.optionalName(index, name);
  if (text === "") return undefined;
  const parsed = parseLocalDateTime(text);
  if (!parsed) {
    throw new ToolFailure(`The ${name} "${text}" is not a date in the format ${FORMAT}.`, {
      code: "sandbox/invalid-argument",
      context: { parameter: name },
    });
  }
  return parsed.value;
}

/**
 * create_calendar_event (spec §1.3 #1) without the reference's bugs: a missing end is start + 1 h
 * (a missing start, end − 1 h), both missing is a failure rather than "now", an end before the
 * start is a failure, and an unknown calendar falls back to the first calendar with the
 * observation saying so. Invitee names are resolved to email addresses through Contacts.
 */
export const calendarTools: Readonly<Record<string, SandboxTool>> = {
  create_calendar_event: (args, context) => {
    const { state } = context;
    const title = args.text(0, "title").trim();
    if (title === "") throw new ToolFailure("The event needs a title.", { code: "sandbox/invalid-argument" });
    let start = dateArgument(args, 1, "start_date");
    let end = dateArgument(args, 2, "end_date");
    if (start === undefined && end === undefined) {
      throw new ToolFailure(`The event needs a start_date in the format ${FORMAT}.`, {
        code: "sandbox/invalid-argument",
        context: { parameter: "start_date" },
      });
    }
    start ??= addMinutes(end as string, -60);
    end ??= addMinutes(start, 60);
    if (end < start) {
      throw new ToolFailure(`The event ends (${end}) before it starts (${start}).`, {
        code: "sandbox/invalid-argument",
      });
    }
    const invitees = context.contacts.emailsFor(args.list(4, "invitees"));

    const requested = args.optionalName(6, "calendar");
    const calendars = state.calendar.calendars;
    const fallback = calendars[0] as string;
    let calendar = fallback;
    let observation = `Event created successfully in the "${fallback}" calendar.`;
    if (requested !== "") {
      const match = closestMatch(requested, calendars, (name) => [name]);
      if (match.kind === "found") {
        calendar = match.item;
        observation = `Event created successfully in the "${calendar}" calendar.`;
        if (match.tier !== "exact") context.note(`Matched calendar "${requested}" to "${calendar}".`);
      } else {
        observation = `There is no calendar named "${requested}", so the event was created in the "${fallback}" calendar.`;
      }
    }

    state.calendar.events.push({
      id: nextId("event", state.calendar.events),
      calendar,
      title,
      start,
      end,
      location: args.optionalName(3, "location"),
      notes: args.optionalName(5, "notes"),
      invitees,
    });
    context.changed();
    return observation;
  },
};
