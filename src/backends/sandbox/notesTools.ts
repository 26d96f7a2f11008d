import { ToolFailure } from "../../tools/index.js";
import { closestMatch } from "./closestMatch.js";
import { nextId } from "./nextId.js";
import { resolveContainer } from "./resolveContainer.js";
import type { Note } from "./SandboxState.js";
import type { SandboxTool, SandboxToolContext } from "./SandboxTool.js";

/**
 * The note `name` refers to: searched in `folder` when that folder exists, then in every folder;
 * exact title first, then by words and spelling (never the reference's "any note at all").
 */
function findNote(context: SandboxToolContext, name: string, folder: string): Note {
  const { notes, folders } = context.state.notes;
  const query = name.trim();
  if (query === "") throw new ToolFailure("No note name was given.", { code: "sandbox/invalid-argument" });
  const folderMatch = folder === "" ? undefined : closestMatch(folder, folders, (candidate) => [candidate]);
  const scopes =
    folderMatch?.kind === "found"
      ? [notes.filter((note) => note.folder === folderMatch.item), notes]
      : [notes];
  for (const scope of scopes) {
    const match = closestMatch(query, scope, (note) => [note.title]);
    if (match.kind === "found") {
      if (match.tier !== "exact") context.note(`Matched note "${query}" to "${match.item.title}".`);
      return match.item;
    }
    if (match.kind === "ambiguous") {
      const titles = match.items.map((note) => `"${note.title}" (${note.folder})`).join(", ");
      throw new ToolFailure(`Several notes match "${query}": ${titles}.`, {
        code: "sandbox/ambiguous",
        context: { name: query },
      });
    }
  }
  throw new ToolFailure(`There is no note named "${query}".`, {
    code: "sandbox/not-found",
    context: { name: query },
  });
}

/**
 * create_note, open_note and append_note_content (spec §1.3 #11–#13) on `state.notes`. Unlike
 * the reference, `name` is the note's title; the content is stored as plain text. An unknown
 * folder falls back to the default folder ("Notes"), said in the observation. open_note returns
 * the title line followed by the body, as Apple Notes' text does.
 */
export const notesTools: Readonly<Record<string, SandboxTool>> = {
  create_note: (args, context) => {
    const { notes, folders } = context.state.notes;
    const content = args.text(1, "content");
    const title = args.text(0, "name").trim() || content.trim().split("\n")[0]?.trim() || "New Note";
    const folder = resolveContainer(args.optionalName(2, "folder"), folders, "folder", context.note);
    notes.push({ id: nextId("note", notes), folder: folder.name, title, body: content });
    context.changed();
    return `Note created and focused successfully.${folder.fallbackSentence}`;
  },

  open_note: (args, context) => {
    const note = findNote(context, args.text(0, "name"), args.optionalName(1, "folder"));
    return note.body === "" ? note.title : `${note.title}\n${note.body}`;
  },

  append_note_content: (args, context) => {
    const note = findNote(context, args.text(0, "name"), args.optionalName(2, "folder"));
    const content = args.text(1, "content");
    note.body = note.body === "" ? content : `${note.body}\n${content}`;
    context.changed();
    return `Content appended to note '${note.title}' successfully.`;
  },
};
