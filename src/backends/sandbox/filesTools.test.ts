import { describe, expect, it } from "vitest";
import { SandboxMac } from "./SandboxMac.js";

const signal = new AbortController().signal;
function call(mac: SandboxMac, tool: string, ...args: unknown[]): Promise<string> {
  const handler = mac.handler(tool);
  if (!handler) throw new Error(tool);
  return handler(args, { signal });
}

describe("open_and_get_file_path", () => {
  it("finds files by path, ~ path, display name, name without extension, words and spelling", async () => {
    const mac = new SandboxMac();
    const report = "/Users/you/Documents/Quarterly Report.pdf";
    expect(await call(mac, "open_and_get_file_path", report)).toBe(report);
    expect(await call(mac, "open_and_get_file_path", "~/Documents/Quarterly Report.pdf")).toBe(report);
    expect(await call(mac, "open_and_get_file_path", "Quarterly Report.pdf")).toBe(report);
    expect(await call(mac, "open_and_get_file_path", "quarterly report")).toBe(report);
    expect(await call(mac, "open_and_get_file_path", "report")).toBe(report);
    expect(await call(mac, "open_and_get_file_path", "Lease Agrement")).toBe(
      "/Users/you/Documents/Lease Agreement.pdf",
    );
    expect(await call(mac, "open_and_get_file_path", "/wrong/folder/Meeting Agenda.txt")).toBe(
      "/Users/you/Desktop/Meeting Agenda.txt",
    );
    // More of its words match "Meeting Agenda.txt" than "Berlin Offsite Agenda.md".
    expect(await call(mac, "open_and_get_file_path", "agenda")).toBe("/Users/you/Desktop/Meeting Agenda.txt");
  });

  it("records the opening instead of opening", async () => {
    const mac = new SandboxMac();
    await call(mac, "open_and_get_file_path", "Apple Demo.pdf");
    expect(mac.state.files.opened).toEqual(["/Users/you/Documents/Apple Demo.pdf"]);
  });

  it("fails for a name resembling no file, or several files equally", async () => {
    const mac = new SandboxMac();
    await expect(call(mac, "open_and_get_file_path", "Tax Return 1999")).rejects.toMatchObject({
      code: "sandbox/not-found",
      message: 'No file named "Tax Return 1999" was found.',
    });
    mac.state.files.entries.push({
      kind: "text",
      path: "/Users/you/Downloads/Meeting Agenda.txt",
      content: "old",
    });
    await expect(call(mac, "open_and_get_file_path", "Meeting Agenda.txt")).rejects.toMatchObject({
      code: "sandbox/ambiguous",
    });
    await expect(call(mac, "open_and_get_file_path", "")).rejects.toMatchObject({
      code: "sandbox/invalid-argument",
    });
    expect(mac.state.files.opened).toEqual([]);
  });
});

describe("summarize_pdf", () => {
  it("summarizes the text extracted from the real PDF bytes", async () => {
    const mac = new SandboxMac();
    const summary = await call(mac, "summarize_pdf", "/Users/you/Documents/Quarterly Report.pdf");
    expect(summary).toMatch(/^Quarterly Report Q2 2025: Revenue grew 12 percent to 4\.2 million dollars/);
    expect(summary.length).toBeLessThanOrEqual(330);
    expect(summary).not.toContain("Outlook");
  });

  it("accepts a name, like the reference", async () => {
    const summary = await call(new SandboxMac(), "summarize_pdf", "lease agreement");
    expect(summary).toContain("The monthly rent is 2,400 dollars");
  });

  it("reads PDF bytes from readPdf when given (a store's real file)", async () => {
    const seed = new SandboxMac();
    const other = seed.state.files.entries.find((file) => file.path.endsWith("Lease Agreement.pdf"));
    const { renderPdf } = await import("./renderPdf.js");
    const bytes = other?.kind === "pdf" ? await renderPdf(other) : new Uint8Array();
    const mac = new SandboxMac({ readPdf: async () => bytes });
    expect(await call(mac, "summarize_pdf", "Apple Demo.pdf")).toContain("Residential Lease Agreement");
  });

  it("fails for non-PDF files, missing files and unreadable bytes", async () => {
    const mac = new SandboxMac();
    await expect(call(mac, "summarize_pdf", "Budget 2025.csv")).rejects.toMatchObject({
      code: "sandbox/not-a-pdf",
      message: "/Users/you/Documents/Budget 2025.csv is not a PDF file, so it cannot be summarized.",
    });
    await expect(call(mac, "summarize_pdf", "Tax Return 1999.pdf")).rejects.toMatchObject({
      code: "sandbox/not-found",
    });
    const broken = new SandboxMac({ readPdf: async () => new TextEncoder().encode("not a pdf") });
    await expect(call(broken, "summarize_pdf", "Apple Demo.pdf")).rejects.toMatchObject({
      code: "sandbox/unreadable-pdf",
    });
  });

  it("honours an abort that arrives while the PDF is read", async () => {
    const controller = new AbortController();
    const mac = new SandboxMac({
      readPdf: async () => {
        controller.abort();
        return undefined;
      },
    });
    const handler = mac.handler("summarize_pdf");
    await expect(handler?.(["Apple Demo.pdf"], { signal: controller.signal })).rejects.toMatchObject({
      code: "base/aborted",
    });
  });
});
