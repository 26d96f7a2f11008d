import { ToolFailure } from "../../tools/index.js";

/**
 * The text of a PDF, all pages, with runs of white space (line breaks included) collapsed to
 * single spaces, as the reference does with PyMuPDF. Uses unpdf (pdf.js), loaded on first use.
 * Throws ToolFailure when the bytes are not a readable PDF.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<{ text: string; lines: string[] }> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  try {
    // pdf.js may transfer (detach) the buffer it is given; hand it a copy.
    const document = await getDocumentProxy(new Uint8Array(bytes));
    try {
      const { text } = await extractText(document, { mergePages: true });
      const lines = text
        .split(/\r?\n/)
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter((line) => line !== "");
      return { text: lines.join(" "), lines };
    } finally {
      await document.destroy();
    }
  } catch (error) {
    throw new ToolFailure(
      `An error occurred while extracting the content from the PDF file: ${(error as Error).message}`,
      { code: "sandbox/unreadable-pdf" },
    );
  }
}
