import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import { noteContent, noteName } from "../pools/textPieces.js";
import { folderPart } from "./createNoteIntent.js";

const OPEN: TemplateSet = {
  train: [
    "{open}[open|show me|pull up|find|read me|bring up|display] [my|the] {name} note{folder}{close}",
    "{open}[open|show] the note [called|named|titled] {name}{folder}{close}",
    "what's in [my|the] {name} note{folder}",
    "{open}[open|find] my note about {name}{folder}{close}",
  ],
  test: ["{open}let me see the {name} note{folder}{close}", "{name} note{folder}, open it"],
};

const APPEND: TemplateSet = {
  train: [
    "{open}[add|append|put] {content} to [my|the] {name} note{folder}{close}",
    "{open}[update|edit] [my|the] {name} note{folder} [with|to add|and add] {content}{close}",
    "{open}[add|append] [this|the following|a line] to the note [called|named] {name}{folder}: {content}{close}",
    "{name} note{folder}: add {content}",
  ],
  test: [
    "{open}tack {content} onto the {name} note{folder}{close}",
    "{open}extend the {name} note{folder} with {content}{close}",
  ],
};

/** Opening a note (read) or appending to one, by name and maybe folder. */
export const openNoteIntent: Intent = {
  name: "open-note",
  weight: 5,
  compose(context) {
    const name = context.cased(noteName(context.random, context.pools));
    const folder = folderPart(context, 0.2);
    if (context.random.chance(0.45)) {
      context.plan.call("open_note", [name, folder.folder]);
      return context.expand(OPEN, { name, folder: folder.segments });
    }
    const content = context.cased(noteContent(context.random, context.pools));
    context.plan.call("append_note_content", [name, content, folder.folder]);
    return context.expand(APPEND, { name, content, folder: folder.segments });
  },
};
