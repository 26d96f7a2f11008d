import { ToolFailure } from "../../tools/index.js";
import { parseLocalDateTime } from "./localDateTime.js";
import { nextId } from "./nextId.js";
import { resolveContainer } from "./resolveContainer.js";
import type { Reminder } from "./SandboxState.js";
import type { SandboxTool } from "./SandboxTool.js";

const PRIORITIES = [0, 1, 5, 9] as const;

/**
 * create_reminder (spec §1.3 #14) without the reference's crash: an empty due date means no due
 * date. A date alone (`YYYY-MM-DD`) or `all_day` True makes an all-day reminder, stored as the
 * date. Priority is Apple's scale (0 none, 1 high, 5 medium, 9 low); other values are refused.
 * An unknown list falls back to the default list ("Reminders"), said in the observation.
 */
export const remindersTools: Readonly<Record<string, SandboxTool>> = {
  create_reminder: (args, context) => {
    const { items, lists } = context.state.reminders;
    const name = args.text(0, "name").trim();
    if (name === "")
      throw new ToolFailure("The reminder needs a name.", { code: "sandbox/invalid-argument" });

    const dueText = args.optionalName(1, "due_date");
    let due: string | null = null;
    let allDay = args.boolean(5, "all_day", false);
    if (dueText !== "") {
      const parsed = parseLocalDateTime(dueText);
      if (!parsed) {
        throw new ToolFailure(
          `The due_date "${dueText}" is not a date in the format 'YYYY-MM-DD HH:MM:SS' (or 'YYYY-MM-DD' for all day).`,
          { code: "sandbox/invalid-argument", context: { parameter: "due_date" } },
        );
      }
      allDay ||= parsed.dateOnly;
      due = allDay ? parsed.value.slice(0, 10) : parsed.value;
    }

    const priority = args.integer(4, "priority", 0);
    if (!(PRIORITIES as readonly number[]).includes(priority)) {
      throw new ToolFailure(
        `The priority must be 0 (none), 1 (high), 5 (medium) or 9 (low), not ${priority}.`,
        {
          code: "sandbox/invalid-argument",
          context: { parameter: "priority" },
        },
      );
    }

    const list = resolveContainer(args.optionalName(3, "list_name"), lists, "list", context.note);
    items.push({
      id: nextId("reminder", items),
      list: list.name,
      name,
      notes: args.optionalName(2, "notes"),
      due,
      allDay: due === null ? false : allDay,
      priority: priority as Reminder["priority"],
      completed: false,
    });
    context.changed();
    return `Reminder '${name}' created successfully in the '${list.name}' list.${list.fallbackSentence}`;
  },
};
