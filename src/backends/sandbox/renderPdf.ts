import type { SandboxPdfFile } from "./SandboxState.js";

const PAGE = { width: 612, height: 792, margin: 72 };
const TITLE_SIZE = 18;
const BODY_SIZE = 11;
const LINE_HEIGHT = 15;

/**
 * Renders a seed PDF from its text with pdf-lib: the title on the first page, then each page's
 * paragraphs word-wrapped in Helvetica, starting a new page when one fills up. The output is
 * deterministic (no creation date or producer), so the same state always yields the same bytes.
 * Characters the standard font cannot encode lose their accents ("Erdoğan" prints "Erdogan").
 */
export async function renderPdf(file: SandboxPdfFile): Promise<Uint8Array> {
  // Loaded on first use: most runs never render a PDF.
  const { PDFDocument, StandardFonts } = await import("pdf-lib");
  const document = await PDFDocument.create({ updateMetadata: false });
  document.setTitle(file.title);
  const font = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const printable = (text: string, chosen = font) =>
    [...text]
      .map((character) => {
        try {
          chosen.encodeText(character);
          return character;
        } catch {
          return character
            .normalize("NFKD")
            .replace(/\p{M}+/gu, "")
            .replace(/[^\x20-\x7e]/g, "?");
        }
      })
      .join("");
  const width = PAGE.width - 2 * PAGE.margin;

  for (const [pageIndex, pageText] of file.pages.entries()) {
    let page = document.addPage([PAGE.width, PAGE.height]);
    let y = PAGE.height - PAGE.margin;
    if (pageIndex === 0) {
      page.drawText(printable(file.title, bold), { x: PAGE.margin, y, size: TITLE_SIZE, font: bold });
      y -= TITLE_SIZE + LINE_HEIGHT;
    }
    for (const paragraph of pageText.split(/\n\s*\n/)) {
      for (const line of wrap(
        printable(paragraph.replace(/\s+/g, " ").trim()),
        (text) => font.widthOfTextAtSize(text, BODY_SIZE) <= width,
      )) {
        if (y < PAGE.margin) {
          page = document.addPage([PAGE.width, PAGE.height]);
          y = PAGE.height - PAGE.margin;
        }
        page.drawText(line, { x: PAGE.margin, y, size: BODY_SIZE, font });
        y -= LINE_HEIGHT;
      }
      y -= LINE_HEIGHT / 2;
    }
  }
  return document.save();
}

function wrap(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
