import type { Intent } from "../Intent.js";
import type { IntentContext, TemplateSet } from "../IntentContext.js";
import { noteContent, noteName } from "../pools/textPieces.js";
import type { Segment } from "../template.js";

const TEMPLATES: TemplateSet = {
  train: [
    "{open}[create|make|start|write|add] a [new |]note [called|named|titled] {name}[ with| saying| that says|:| with the text] {content}{folder}{close}",
    "{open}[jot down|note down|write down|save] {content} in a [new |]note [called|named|titled] {name}{folder}{close}",
    "{open}new note {name}: {content}{folder}",
    "{open}[make|create] a note {name}{folder} [with|containing|that says] {content}{close}",
    "{open}[take|make] a note [called|titled] {name}{folder}[:| -] {content}{close}",
    "note {name}{folder}: {content}",
    "{open}save a [new |]note [called|named|titled] {name}{folder}[:| -] {content}{close}",
    "can you [make|create|write] a note [called|titled] {name}{folder} that says {content}",
    "[I need|I want|I'd like] to [make|create|write] a note [called|titled|named] {name}{folder} [with|saying|that says] {content}{close}",
    "{open}write [this|the following] down in a [new |]note [called|titled] {name}{folder}: {content}{close}",
    "{content} [should go|goes] in a new note [called|titled] {name}{folder}",
    "in [Notes|the Notes app], [make|create|add] a note [called|titled] {name}{folder} [with|saying] {content}{close}",
    "{open}[set up|make me|create me] a note for {name}{folder} [with|that has|containing] {content}{close}",
    "{open}[record|log|capture] {content} [as|in] a [new |]note [called|titled|named] {name}{folder}{close}",
    "make a note [called|titled] {name}{folder} and in it [write|type|say] {content}",
    "I don't want to lose this[:| -] {content}[.|,] [make|save|start] a note [called|titled] {name}{folder}",
    "{open}[compose|create] a new note entitled {name}{folder}, containing {content}{close}",
    "could you [write|make] a note [called|titled|named] {name}{folder} [for me |]with {content} in it",
    "{open}[make|create] a [new |]note with {content}[,|;] [call|name|title] it {name}{folder}{close}",
    "note to self[:|,] {content} — [call|name] it {name}{folder}",
    "{open}[make|create|write] a note [named|called] {name}{folder} [listing|with the text] {content}{close}",
    "would you type up a note [called|titled] {name}{folder} [with|that reads] {content}",
    "{open}[new|a new] note[,|;] [title|titled|name] {name}[,|;] [body|content|contents] {content}{folder}{close}",
    "{open}note titled {name}[, text|, body|: text|, content] {content}{folder}{close}",
    "{open}[add|place|store] {content} in a new note [called|titled] {name}{folder}{close}",
    "{name} note{folder}[:|,] {content}[ — create it| — make it|, new note]",
    "[I have to|I gotta|I should] [make|write] a note [called|titled] {name}{folder} [with|saying] {content}",
  ],
  test: [
    "{open}start a fresh note, title {name}, text {content}{folder}{close}",
    "{open}put {content} into a note named {name}{folder}{close}",
  ],
};

/** " in my Recipes folder" and the folder argument, or nothing (""). */
export function folderPart(context: IntentContext, chance: number): { segments: Segment[]; folder: string } {
  if (!context.random.chance(chance)) return { segments: [], folder: "" };
  const folder = context.cased(context.pools.folder(context.random));
  const [lead, tail] = context.random.pick([
    [" in my ", " folder"],
    [" in the ", " folder"],
    [" under ", ""],
    [" in ", ""],
    [" in the folder ", ""],
  ] as const);
  const segments: Segment[] = [
    { text: lead, protected: false },
    { text: folder, protected: true },
  ];
  if (tail !== "") segments.push({ text: tail, protected: false });
  return { segments, folder };
}

/** A new note with a title, its text and maybe a folder. */
export const createNoteIntent: Intent = {
  name: "create-note",
  weight: 5,
  compose(context) {
    const name = context.cased(noteName(context.random, context.pools));
    const content = context.cased(noteContent(context.random, context.pools));
    const folder = folderPart(context, 0.3);
    context.plan.call("create_note", [name, content, folder.folder]);
    return context.expand(TEMPLATES, { name, content, folder: folder.segments });
  },
};
