import { throwIfAborted } from "../../base/index.js";
import { ToolFailure } from "../../tools/index.js";
import { extractPdfText } from "./extractPdfText.js";
import { findFile } from "./findFile.js";
import type { SandboxTool } from "./SandboxTool.js";
import { summarizeText } from "./summarizeText.js";

/**
 * open_and_get_file_path and summarize_pdf (spec §1.3 #4, #5). Opening is recorded in
 * `state.files.opened`, never performed. summarize_pdf extracts the real text of the PDF and
 * returns a deterministic extractive summary (see summarizeText) where the reference asks an
 * LLM; like the reference, it accepts a name as well as a path.
 */
export const filesTools: Readonly<Record<string, SandboxTool>> = {
  open_and_get_file_path: (args, context) => {
    const file = findFile(context.state.files, args.text(0, "file_name"), context.note);
    context.state.files.opened.push(file.path);
    context.changed();
    return file.path;
  },

  summarize_pdf: async (args, context) => {
    const file = findFile(context.state.files, args.text(0, "pdf_path"), context.note);
    if (file.kind !== "pdf") {
      throw new ToolFailure(`${file.path} is not a PDF file, so it cannot be summarized.`, {
        code: "sandbox/not-a-pdf",
        context: { path: file.path },
      });
    }
    const { lines } = await extractPdfText(await context.pdfBytes(file));
    throwIfAborted(context.signal);
    const summary = summarizeText(lines);
    if (summary === "") {
      throw new ToolFailure("The PDF file is empty or the content couldn't be extracted.", {
        code: "sandbox/empty-pdf",
        context: { path: file.path },
      });
    }
    return summary;
  },
};
