import { describe, expect, it } from "vitest";
import { SandboxMac } from "./SandboxMac.js";

const signal = new AbortController().signal;
function call(mac: SandboxMac, tool: string, ...args: unknown[]): Promise<string> {
  const handler = mac.handler(tool);
  if (!handler) throw new Error(tool);
  return handler(args, { signal });
}

describe("notes tools", () => {
  it("create a note titled by name in the requested folder, then open and append to it", async () => {
    const mac = new SandboxMac();
    expect(await call(mac, "create_note", "Gift ideas", "Book for Zoë", "Notes")).toBe(
      "Note created and focused successfully.",
    );
    expect(await call(mac, "create_note", "Tiramisu", "Mascarpone, espresso", "recipes")).toBe(
      "Note created and focused successfully.",
    );
    expect(mac.state.notes.notes.slice(-2)).toEqual([
      { id: "note-7", folder: "Notes", title: "Gift ideas", body: "Book for Zoë" },
      { id: "note-8", folder: "Recipes", title: "Tiramisu", body: "Mascarpone, espresso" },
    ]);
    expect(await call(mac, "append_note_content", "gift ideas", "Scarf for Mom", "")).toBe(
      "Content appended to note 'Gift ideas' successfully.",
    );
    expect(await call(mac, "open_note", "Gift ideas", "Notes")).toBe(
      "Gift ideas\nBook for Zoë\nScarf for Mom",
    );
  });

  it("falls back to the default folder for an unknown or missing folder, saying so", async () => {
    const mac = new SandboxMac();
    expect(await call(mac, "create_note", "Trip", "Rome", "Travel")).toBe(
      'Note created and focused successfully. There is no folder named "Travel", so the default folder "Notes" was used.',
    );
    expect(await call(mac, "create_note", "Trip 2", "Oslo", null)).toBe(
      "Note created and focused successfully.",
    );
    expect(mac.state.notes.notes.slice(-2).map((note) => note.folder)).toEqual(["Notes", "Notes"]);
  });

  it("opens notes case-insensitively, by words, by spelling, and in other folders", async () => {
    const mac = new SandboxMac();
    expect(await call(mac, "open_note", "PANCAKES", "Recipes")).toContain("200 g flour");
    expect(await call(mac, "open_note", "roadmap", "")).toBe(
      "Q3 Roadmap\n1. On-device planner\n2. Voice input\n3. Calendar invites",
    );
    expect(await call(mac, "open_note", "Banana Bred", "")).toContain("ripe bananas");
    // The wrong folder does not hide a note that exists elsewhere.
    expect(await call(mac, "open_note", "Shopping list", "Work")).toContain("Sourdough bread");
  });

  it("fails for a missing or ambiguous note instead of opening some other note", async () => {
    const mac = new SandboxMac();
    await expect(call(mac, "open_note", "Tax documents", "")).rejects.toMatchObject({
      code: "sandbox/not-found",
      message: 'There is no note named "Tax documents".',
    });
    await expect(call(mac, "append_note_content", "Tax documents", "x", "")).rejects.toThrow("no note named");
    await expect(call(mac, "open_note", "list", "")).rejects.toMatchObject({ code: "sandbox/ambiguous" });
  });

  it("prefers the note in the named folder when titles repeat", async () => {
    const mac = new SandboxMac();
    await call(mac, "create_note", "Pancakes", "Work pancake breakfast plan", "Work");
    expect(await call(mac, "open_note", "Pancakes", "Work")).toBe("Pancakes\nWork pancake breakfast plan");
    await expect(call(mac, "open_note", "Pancakes", "")).rejects.toMatchObject({ code: "sandbox/ambiguous" });
  });
});
