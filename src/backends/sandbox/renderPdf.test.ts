import { describe, expect, it } from "vitest";
import { extractPdfText } from "./extractPdfText.js";
import { renderPdf } from "./renderPdf.js";

describe("renderPdf + extractPdfText", () => {
  it("renders text that pdf.js extracts again, deterministically", async () => {
    const file = {
      kind: "pdf" as const,
      path: "/x.pdf",
      title: "Offsite with Zoë",
      pages: [
        `Müller and Erdoğan will present. ${"Long sentence with many words. ".repeat(80)}`,
        "Second page.",
      ],
    };
    const bytes = await renderPdf(file);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect(await renderPdf(file)).toEqual(bytes);
    const { text, lines } = await extractPdfText(bytes);
    expect(lines[0]).toBe("Offsite with Zoë");
    // Latin-1 letters survive; ğ is outside the standard font's encoding and loses its breve.
    expect(text).toContain("Müller and Erdogan will present.");
    expect(text.endsWith("Second page.")).toBe(true);
    expect(text).not.toMatch(/\s{2}/);
  });

  it("reports bytes that are not a PDF as a ToolFailure", async () => {
    await expect(extractPdfText(new TextEncoder().encode("hello"))).rejects.toMatchObject({
      code: "sandbox/unreadable-pdf",
    });
  });
});
