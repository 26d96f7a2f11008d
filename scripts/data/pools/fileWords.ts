import { listOf } from "./listOf.js";

/** File-name extensions (attachable documents, images, archives). */
export const FILE_EXTENSIONS: readonly string[] = listOf(`
pdf; pdf; pdf; docx; doc; xlsx; pptx; key; pages; numbers; txt; csv; png; jpg; jpeg; zip; md; rtf; heic;
mov
`);

/** Words typical of document names ("report", "draft", "invoice"). */
export const DOCUMENT_WORDS: readonly string[] = listOf(`
report; draft; final; notes; summary; invoice; receipt; contract; proposal; slides; deck; agenda; minutes;
budget; plan; roadmap; resume; CV; letter; statement; itinerary; tickets; brief; spec; memo; handbook;
guide; checklist; form; application; photos; scan; outline; analysis; forecast; review; estimate; quote;
schedule; syllabus; paper; thesis; chapter
`);
