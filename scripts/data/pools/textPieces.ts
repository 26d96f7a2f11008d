import type { Random } from "../Random.js";
import { MEETING_KINDS, SOCIAL_EVENTS } from "./misc.js";
import type { Pools } from "./Pools.js";

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A meeting or event title ("design review", "Budget Planning", "lunch"). */
export function eventTitle(random: Random, pools: Pools): string {
  return random.weighted<() => string>([
    [() => `${pools.team(random)} ${random.pick(MEETING_KINDS)}`, 4],
    [() => `${pools.noun(random)} ${random.pick(MEETING_KINDS)}`, 4],
    [() => `${capitalize(pools.noun(random))} ${capitalize(random.pick(MEETING_KINDS))}`, 2],
    [() => `${pools.adjective(random)} ${pools.noun(random)} ${random.pick(MEETING_KINDS)}`, 1],
    [() => random.pick(SOCIAL_EVENTS).replace(/^an? /, ""), 3],
    [() => `${pools.noun(random)} party`, 1],
    [() => `${capitalize(pools.noun(random))} Workshop`, 1],
  ])();
}

/** What an email is about, which becomes its subject ("the venue contract", "Garden Update"). */
export function emailTopic(random: Random, pools: Pools): string {
  const noun = pools.noun(random);
  return random.weighted<string>([
    [
      `the ${noun} ${random.pick(["plan", "budget", "proposal", "contract", "update", "schedule", "invoice"])}`,
      3,
    ],
    [`${noun} ${random.pick(["update", "plans", "feedback", "question", "ideas", "status"])}`, 3],
    [`${capitalize(noun)} ${random.pick(["Update", "Plans", "Feedback", "Proposal", "Review"])}`, 2],
    [`the ${pools.adjective(random)} ${noun}`, 2],
    [`our ${noun}`, 1],
    [`next steps on the ${noun}`, 1],
  ]);
}

/** A short text message ("I'm running 10 minutes late", "don't forget the lemons"). */
export function smsMessage(random: Random, pools: Pools): string {
  const noun = pools.noun(random);
  const other = pools.noun(random);
  const adjective = pools.adjective(random);
  return random.pick([
    `I'm running ${random.int(5, 30)} minutes late`,
    "I'm on my way",
    `don't forget the ${noun}`,
    `can you pick up some ${noun} on the way home`,
    `the ${noun} is ready`,
    `the ${noun} is ${adjective}`,
    "call me when you get a chance",
    "happy birthday",
    `are we still on for ${random.pick(["lunch", "dinner", "coffee", "drinks"])}`,
    `I left the ${noun} in the ${other}`,
    `thanks for the ${noun}`,
    `good luck with the ${noun}`,
    `I found your ${noun}`,
    `we need more ${noun}`,
    `the ${noun} meeting is cancelled`,
    `the ${noun} ${random.pick(["review", "sync", "party"])} moved to the ${other} room`,
    `bring the ${noun} and the ${other}`,
    `I'll bring the ${noun}`,
    `congrats on the ${noun}`,
    `do you still have my ${noun}`,
    `the ${adjective} ${noun} arrived`,
    `I'm outside`,
    `I'm stuck in traffic`,
    `let's meet at the ${noun} shop`,
    `I'll call you back`,
    `did you see the ${noun}`,
    `miss you`,
    `${noun} or ${other} for dinner`,
  ]);
}

/** A note's title ("garden ideas", "Packing list", "Kraków trip"). */
export function noteName(random: Random, pools: Pools): string {
  return random.weighted<() => string>([
    [() => `${pools.noun(random)} ${random.pick(["ideas", "notes", "list", "plan", "log", "thoughts"])}`, 5],
    [() => `${capitalize(pools.noun(random))} ${random.pick(["Ideas", "Notes", "List", "Plan"])}`, 3],
    [() => `${pools.city(random)} trip`, 1],
    [() => `${pools.adjective(random)} ${pools.noun(random)}`, 1],
    [
      () =>
        random.pick(["Grocery list", "To do", "Packing list", "Gift ideas", "Reading list", "Meeting notes"]),
      1,
    ],
  ])();
}

/** A note's body text ("eggs, basil and rice", "call the plumber about the sink"). */
export function noteContent(random: Random, pools: Pools): string {
  const nouns = [pools.noun(random), pools.noun(random), pools.noun(random)];
  return random.pick([
    `${nouns[0]}, ${nouns[1]} and ${nouns[2]}`,
    `${nouns[0]} and ${nouns[1]}`,
    `ask about the ${nouns[0]}`,
    `ideas for the ${nouns[0]}: ${nouns[1]} and ${nouns[2]}`,
    `the ${nouns[0]} needs a new ${nouns[1]}`,
    `remember to compare ${nouns[0]} prices`,
    `try the ${pools.adjective(random)} ${nouns[0]}`,
    `${pools.firstName(random)} recommended the ${nouns[0]}`,
    `buy ${nouns[0]} for the ${nouns[1]}`,
    `${nouns[0]} budget is ${random.int(20, 900)} dollars`,
  ]);
}

/** A reminder's task ("call the plumber", "pay the insurance bill", "water the plants"). */
export function reminderTask(random: Random, pools: Pools): string {
  const noun = pools.noun(random);
  return random.weighted<() => string>([
    [
      () =>
        `${random.pick(["buy", "order", "return", "pick up", "drop off", "renew", "print", "clean", "fix", "check", "pack", "bring"])} the ${noun}`,
      6,
    ],
    [() => `${random.pick(["call", "email", "text", "visit", "thank"])} ${pools.firstName(random)}`, 2],
    [() => `pay the ${noun} bill`, 1],
    [() => `book the ${noun}`, 1],
    [
      () =>
        `${random.pick(["submit", "finish", "review", "send"])} the ${noun} ${random.pick(["report", "form", "invoice", "draft"])}`,
      2,
    ],
    [() => `water the ${random.pick(["plants", "garden", "lawn"])}`, 0.5],
    [() => `take out the ${random.pick(["trash", "recycling"])}`, 0.5],
  ])();
}
