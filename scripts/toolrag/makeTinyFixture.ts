/**
 * Regenerates test/fixtures/toolrag-tiny/: a classifier folder in the Hugging Face layout, a few
 * KB, whose answers are known (see make_tiny_fixture.py). The files are committed, so tests and CI
 * need no Python; rerun this only when the layout or the architecture changes:
 *   npx tsx scripts/toolrag/makeTinyFixture.ts
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BUILTIN_TOOL_NAMES } from "../../src/tools/index.js";
import { DEFAULT_PYTHON, runPython } from "../train/runPython.js";
import { SPECIAL_TOKENS } from "./wordPieceTokenizer.js";
import { wordPieceFolderFiles, writeClassifierFolder } from "./writeClassifierFolder.js";

const OUT = fileURLToPath(new URL("../../test/fixtures/toolrag-tiny/", import.meta.url));

/** Each word makes the fixture model vote for one tool. */
const WORD_TOOLS: Readonly<Record<string, string>> = {
  meeting: "create_calendar_event",
  calendar: "create_calendar_event",
  phone: "get_phone_number",
  email: "compose_new_email",
  address: "get_email_address",
  file: "open_and_get_file_path",
  pdf: "summarize_pdf",
  reply: "reply_to_email",
  forward: "forward_email",
  where: "maps_open_location",
  directions: "maps_show_directions",
  note: "create_note",
  open: "open_note",
  append: "append_note_content",
  remind: "create_reminder",
  text: "send_sms",
  sms: "send_sms",
  zoom: "get_zoom_meeting_link",
};

const letters = [..."abcdefghijklmnopqrstuvwxyz0123456789"];
const vocabulary = [
  ...SPECIAL_TOKENS,
  ...letters,
  ...letters.map((letter) => `##${letter}`),
  ...Object.keys(WORD_TOOLS),
];

// Generic LABEL_n names, as the reference model has: the loader must read them in the reference order.
await writeClassifierFolder(
  OUT,
  wordPieceFolderFiles(
    vocabulary,
    BUILTIN_TOOL_NAMES.map((_, index) => `LABEL_${index}`),
  ),
);
const work = await mkdtemp(path.join(os.tmpdir(), "toolrag-fixture-"));
try {
  const spec = path.join(work, "spec.json");
  await writeFile(
    spec,
    JSON.stringify({
      vocab_size: vocabulary.length,
      labels: BUILTIN_TOOL_NAMES.length,
      word_tools: Object.entries(WORD_TOOLS).map(([word, tool]) => [
        vocabulary.indexOf(word),
        BUILTIN_TOOL_NAMES.indexOf(tool),
      ]),
    }),
  );
  const script = fileURLToPath(new URL("make_tiny_fixture.py", import.meta.url));
  await runPython(DEFAULT_PYTHON, [script, spec, path.join(OUT, "onnx", "model.onnx")], (line) =>
    console.log(line),
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
console.log(`wrote ${OUT}`);
