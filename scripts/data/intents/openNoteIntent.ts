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
    "can you [open|pull up|show me] [my|the] {name} note{folder}",
    "[I need|I want|I'd like] to [look at|read|check|review|go over] [my|the] {name} note{folder}{close}",
    "{open}read [out|back] [my|the] {name} note{folder}{close}",
    "{open}[go to|jump to|navigate to] [my|the] {name} note{folder}{close}",
    "[where's|where is] my {name} note{folder}",
    "{open}[open up|look up|check] the note [I called|I named|I titled] {name}{folder}{close}",
    "what did I [write|save|jot down] in [my|the] {name} note{folder}",
    "{open}[get|fetch|grab] [my|the] {name} note{folder}{close}",
    "{open}[open|launch] Notes and [show|open|bring up] [my|the] {name} note{folder}{close}",
    "[show|open] note {name}{folder}",
    "I [wrote|saved|made] a note [called|titled] {name}{folder}[,|;] [pull it up|bring it up|find it for me]",
    "{open}[display|show me] the contents of [my|the] {name} note{folder}{close}",
    "what does [my|the] {name} note{folder} say",
    "could you [find|bring up] [my|the] {name} note{folder} for me",
    "in Notes[,|] [find|open|show] [my|the] {name} note{folder}",
  ],
  test: ["{open}let me see the {name} note{folder}{close}", "{name} note{folder}, open it"],
};

const APPEND: TemplateSet = {
  train: [
    "{open}[add|append|put] {content} to [my|the] {name} note{folder}{close}",
    "{open}[update|edit] [my|the] {name} note{folder} [with|to add|and add] {content}{close}",
    "{open}[add|append] [this|the following|a line] to the note [called|named] {name}{folder}: {content}{close}",
    "{name} note{folder}: add {content}",
    "can you add {content} to [my|the] {name} note{folder}",
    "[I need|I want|I'd like] to [add|append|include] {content} [to|in] [my|the] {name} note{folder}{close}",
    "{open}[include|insert|write] {content} in [my|the] {name} note{folder}{close}",
    "{content} [should go|goes|belongs] in [my|the] {name} note{folder}",
    "{open}[add|append] [a bullet|an item|another line|a new line] to [my|the] {name} note{folder}[:| -] {content}{close}",
    "{open}update [my|the] {name} note{folder}[:| -] [add|append|include] {content}{close}",
    "{open}[write|add] {content} at the [bottom|end] of [my|the] {name} note{folder}{close}",
    "in [my|the] {name} note{folder}, [add|write|append] {content}",
    "[I forgot|oops, forgot] [something|one thing] [for|in] [my|the] {name} note{folder}[:| -] {content}",
    "add to [my|the] {name} note{folder}[:| -] {content}",
    "one more thing for [my|the] {name} note{folder}: {content}",
    "in [Notes|the Notes app], [add|append] {content} to [my|the] {name} note{folder}",
    "make sure [my|the] {name} note{folder} [includes|mentions|has] {content}",
    "could you [add|append] {content} [to|at the end of] [my|the] {name} note{folder} for me",
    "{open}append the following [text |]to [my|the] {name} note{folder}: {content}{close}",
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
