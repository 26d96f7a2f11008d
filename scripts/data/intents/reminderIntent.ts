import { goldStart } from "../DatePhrase.js";
import type { Intent } from "../Intent.js";
import type { IntentContext, TemplateSet } from "../IntentContext.js";
import { noteContent, reminderTask } from "../pools/textPieces.js";
import type { Segment } from "../template.js";

const DATED: TemplateSet = {
  train: [
    "{open}remind me to {task} {when}{extra}{close}",
    "{open}remind me {when} to {task}{extra}{close}",
    "{open}[set|create|add|make] a reminder to {task} {when}{extra}{close}",
    "{when} remind me to {task}{extra}",
    "reminder: {task} {when}{extra}",
    "{open}[set|add] a reminder [for|about] {when}: {task}{extra}{close}",
    "{open}don't let me forget to {task} {when}{extra}{close}",
    "{open}I need to {task} {when}[, remind me|, set a reminder]{extra}",
  ],
  test: [
    "{open}nudge me {when} to {task}{extra}{close}",
    "{task} {when} — remind me{extra}",
    "{open}ping me {when} to {task}{extra}{close}",
  ],
};

const UNDATED: TemplateSet = {
  train: [
    "{open}remind me to {task}{extra}{close}",
    "{open}[add|create|make] a reminder[:| to] {task}{extra}{close}",
    "{open}[put|add] {task} on my [reminders|to-do list|todo list]{extra}{close}",
    "todo: {task}{extra}",
  ],
  test: ["{open}don't let me forget: {task}{extra}{close}"],
};

const TO_LIST: TemplateSet = {
  train: ["{open}[add|put] {task} [to|on] my {list} list{extra}{close}", "{list} list: {task}{extra}"],
  test: ["{open}jot {task} onto my {list} list{extra}{close}"],
};

const PRIORITIES: readonly (readonly [string, number])[] = [
  [", high priority", 1],
  [" with high priority", 1],
  [", it's urgent", 1],
  [" (important)", 1],
  [", mark it high priority", 1],
  [", medium priority", 5],
  [" with medium priority", 5],
  [", low priority", 9],
  [" with low priority", 9],
  [", not urgent, low priority", 9],
];

/** The optional list, priority and notes of a reminder, and how the query says them. */
function extras(
  context: IntentContext,
  withList: boolean,
): { segments: Segment[]; list: string; priority: number; notes: string } {
  const segments: Segment[] = [];
  let list = "";
  let priority = 0;
  let notes = "";
  if (withList || context.random.chance(0.2)) {
    list = context.cased(context.pools.reminderList(context.random));
    if (!withList) {
      segments.push(
        { text: context.random.pick([" in my ", " on my ", " on the ", " in the "]), protected: false },
        { text: list, protected: true },
        { text: " list", protected: false },
      );
    }
  }
  if (context.random.chance(0.2)) {
    const [text, value] = context.random.pick(PRIORITIES);
    priority = value;
    segments.push({ text, protected: false });
  }
  if (context.random.chance(0.12)) {
    notes = context.cased(noteContent(context.random, context.pools));
    segments.push(
      {
        text: context.random.pick([" and add the note ", " with a note: ", ", note: ", " — notes: "]),
        protected: false,
      },
      { text: notes, protected: true },
    );
  }
  return { segments, list, priority, notes };
}

/**
 * A reminder: timed ("tomorrow at 9am", "in 2 hours", "by end of day"), all-day ("next friday",
 * due date only and `all_day` True) or undated (""), with a list, a priority (Apple's 1 high, 5
 * medium, 9 low) and notes now and then.
 */
export const reminderIntent: Intent = {
  name: "reminder",
  weight: 9,
  compose(context) {
    const kind = context.random.weighted<string>([
      ["timed", 5],
      ["all-day", 3],
      ["undated", 2],
    ]);
    const task = context.cased(reminderTask(context.random, context.pools));
    if (kind === "undated") {
      const listForm = context.random.chance(0.3);
      const extra = extras(context, listForm);
      context.plan.call("create_reminder", [task, "", extra.notes, extra.list, extra.priority, false]);
      if (listForm) return context.expand(TO_LIST, { task, list: extra.list, extra: extra.segments });
      return context.expand(UNDATED, { task, extra: extra.segments });
    }
    const when = kind === "timed" ? context.timed({ deadline: true }) : context.day();
    const extra = extras(context, false);
    context.plan.call("create_reminder", [
      task,
      goldStart(when),
      extra.notes,
      extra.list,
      extra.priority,
      when.dateOnly,
    ]);
    return context.expand(DATED, { task, when: when.text, extra: extra.segments });
  },
};
