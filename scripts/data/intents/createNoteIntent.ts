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
