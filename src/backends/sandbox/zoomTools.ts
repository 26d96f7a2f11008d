import { ToolFailure } from "../../tools/index.js";
import { parseLocalDateTime } from "./localDateTime.js";
import { nextId } from "./nextId.js";
import type { SandboxTool } from "./SandboxTool.js";
import { zoomJoinUrl } from "./zoomJoinUrl.js";

const invalid = (message: string, parameter: string) =>
  new ToolFailure(message, { code: "sandbox/invalid-argument", context: { parameter } });

/**
 * get_zoom_meeting_link (spec §1.3 #16): records a meeting in `state.zoom.meetings` and returns
 * only its join URL, so `$N` can put it in an event or an email. All four arguments are required,
 * as the prompt says; the topic is cut at 200 characters and invitee names become emails.
 * Start times are naive local times (the reference assumes US/Pacific).
 */
export const zoomTools: Readonly<Record<string, SandboxTool>> = {
  get_zoom_meeting_link: (args, context) => {
    const topic = args.text(0, "topic").trim().slice(0, 200);
    if (topic === "") throw invalid("The meeting needs a topic.", "topic");
    const startText = args.optionalName(1, "start_time");
    const start = parseLocalDateTime(startText);
    if (!start) {
      throw invalid(
        `The start_time "${startText}" is not a date in the format 'YYYY-MM-DD HH:MM:SS'.`,
        "start_time",
      );
    }
    const duration = args.integer(2, "duration", 0);
    if (duration <= 0) throw invalid("The duration must be a positive number of minutes.", "duration");
    const invitees = context.contacts.emailsFor(args.list(3, "meeting_invitees"));

    const { meetings } = context.state.zoom;
    const taken = new Set(meetings.map((meeting) => meeting.joinUrl));
    let counter = meetings.length + 1;
    while (taken.has(zoomJoinUrl(counter))) counter++;
    const joinUrl = zoomJoinUrl(counter);
    meetings.push({
      id: nextId("zoom", meetings),
      topic,
      start: start.value,
      durationMinutes: duration,
      invitees,
      joinUrl,
    });
    context.changed();
    return joinUrl;
  },
};
