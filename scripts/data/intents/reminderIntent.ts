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
    "I need to {task} {when}[, remind me|, set a reminder]{extra}",
    "{open}set me a reminder to {task} {when}{extra}{close}",
    "{open}[schedule|create|add|put in] a reminder {when} [to|so I can] {task}{extra}{close}",
    "{open}make sure I [remember|don't forget] to {task} {when}{extra}{close}",
    "{open}help me remember to {task} {when}{extra}{close}",
    "{open}remind me that I [need|have|'ve got|ought] to {task} {when}{extra}{close}",
    "{open}[alert|notify|prompt|buzz] me {when} [to|so I remember to] {task}{extra}{close}",
    "{open}give me a [reminder|heads-up|heads up|shout] {when} to {task}{extra}{close}",
    '{open}[create|add|make] a reminder [called|titled|named|that says] "{task}"[,|] due {when}{extra}{close}',
    '{open}[add|put] "{task}" [in|into|to] [Reminders|the Reminders app|my Reminders], due {when}{extra}{close}',
    "{open}[use|open] [Reminders|the Reminders app] and [add|create|set] a reminder to {task} {when}{extra}{close}",
    "[could|would|will|can] you [set|add|put in|create] a reminder [for me |]to {task} {when}{extra}{close}",
    "would you be able to remind me [to {task} {when}|{when} to {task}]{extra}{close}",
    "is there any way you could remind me to {task} {when}{extra}[?|]",
    "I'd like [a reminder|to be reminded] {when} to {task}{extra}{close}",
    "I want [a reminder|to get reminded|to be reminded] to {task} {when}{extra}{close}",
    "so I don't forget, [remind me|set a reminder] to {task} {when}{extra}{close}",
    "heads up: I [have|gotta|need|am supposed] to {task} {when}. [set|make|add|create] a reminder[ for that| for it|]{extra}{close}",
    "I [keep forgetting|always forget] to {task}. remind me {when}{extra}{close}",
    "[I'm|im] [supposed|meant|planning] to {task} {when}[,|] [could you|can you|please] [set a reminder|remind me]{extra}",
    "[new reminder|reminder for me|reminder for] {when}: {task}{extra}",
    "{when}[,|] [set a reminder|reminder|remind me] to {task}{extra}",
    "remind me {task} {when}{extra}",
    "[set|add|new] reminder {task} {when}{extra}",
    "[to-do|todo|to do] {when}: {task}{extra}",
    "{open}make a reminder for me: {task}, {when}{extra}{close}",
    "{open}[schedule|set up] a reminder to {task}, [due|going off] {when}{extra}{close}",
    "{open}remind me to {task}[, due|, it's due|. it's due] {when}{extra}{close}",
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
    "{open}set [me |]a reminder to {task}{extra}{close}",
    "{open}make sure I [remember|don't forget] to {task}{extra}{close}",
    "{open}help me remember to {task}{extra}{close}",
    "{open}remind me that I [need|have|'ve got] to {task}{extra}{close}",
    '{open}[create|add|make] a [reminder|to-do|todo|task] [called|titled|named|that says] "{task}"{extra}{close}',
    '{open}[add|put] "{task}" [in|into|to] [Reminders|the Reminders app]{extra}{close}',
    "[could|would|can|will] you [set|add|create] a reminder [for me |]to {task}{extra}{close}",
    "I [want|'d like|need] a reminder to {task}{extra}{close}",
    "I [need|have|gotta|'ve got] to {task} at some point[,|] [can you |could you |please |]add it to [Reminders|my reminders]{extra}",
    "[reminder to self|new reminder|new to-do]: {task}{extra}",
    "[to-do|to do|task]: {task}{extra}",
    "remind me {task}{extra}",
    "[add|new] reminder[,|] {task}{extra}",
  ],
  test: ["{open}don't let me forget: {task}{extra}{close}"],
};

const TO_LIST: TemplateSet = {
  train: [
    "{open}[add|put] {task} [to|on] my {list} list{extra}{close}",
    "{list} list: {task}{extra}",
    "{open}[add|create|make|set] a reminder [in|on] [my|the] {list} list to {task}{extra}{close}",
    "{open}remind me to {task}[,|] [and |][put|add|keep|save] it [in|under|on] [my|the] {list} list{extra}{close}",
    "[in|on|for] [my|the] {list} list[,|:] [add|put|include|stick] {task}{extra}{close}",
    "{task} [goes|belongs|should go] [on|in] [my|the] {list} list{extra}",
    "{open}[add|put] {task} [in|into] Reminders under {list}{extra}{close}",
    "[new item|new reminder|another one] for [my|the] {list} list: {task}{extra}",
    "I [need|have|gotta] to {task}[,|] [add|put] it [to|on] [my|the] {list} list{extra}",
    "[could|can|would] you [add|put] {task} [to|on] [my|the] {list} [list|reminders][ for me|]{extra}{close}",
    "[under|in] the {list} list, [add a reminder|remind me] to {task}{extra}{close}",
  ],
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
