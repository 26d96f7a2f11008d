import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_TOOL_NAMES, JOIN_DESCRIPTION } from "./builtinTools.js";
import { ToolRegistry } from "./ToolRegistry.js";

const plannerPrompt = readFileSync(
  new URL("../../test/fixtures/prompts/planner-all-tools.txt", import.meta.url),
  "utf8",
);

describe("built-in tools", () => {
  it("are the 16 reference tools in the fixed prompt order", () => {
    expect(BUILTIN_TOOL_NAMES).toEqual([
      "create_calendar_event",
      "get_phone_number",
      "get_email_address",
      "open_and_get_file_path",
      "summarize_pdf",
      "compose_new_email",
      "reply_to_email",
      "forward_email",
      "maps_open_location",
      "maps_show_directions",
      "create_note",
      "open_note",
      "append_note_content",
      "create_reminder",
      "send_sms",
      "get_zoom_meeting_link",
    ]);
  });

  it("print descriptions that appear verbatim, numbered, in the reference prompt", () => {
    const registry = new ToolRegistry();
    registry.list().forEach((tool, index) => {
      expect(plannerPrompt).toContain(`\n${index + 1}. ${tool.description}\n`);
    });
    expect(plannerPrompt).toContain(`\n17. ${JOIN_DESCRIPTION}\n`);
  });

  it("validate arguments by arity and type", () => {
    const sms = new ToolRegistry().get("send_sms");
    expect(sms?.argsSchema.safeParse([["$1"], "hi"]).success).toBe(true);
    expect(sms?.argsSchema.safeParse(["+15551234", "hi"]).success).toBe(true);
    expect(sms?.argsSchema.safeParse([["$1"]]).success).toBe(false);
    expect(sms?.argsSchema.safeParse([["$1"], 3]).success).toBe(false);
    const reminder = new ToolRegistry().get("create_reminder");
    expect(reminder?.argsSchema.safeParse(["Call mum", "2024-05-25", "", "", 0, true]).success).toBe(true);
    expect(reminder?.argsSchema.safeParse(["Call mum", "2024-05-25", "", "", "high", true]).success).toBe(
      false,
    );
  });
});

describe("ToolRegistry", () => {
  it("registers custom tools after the built-ins and rejects duplicates", () => {
    const registry = new ToolRegistry();
    const tool = registry.register({
      name: "play_music",
      app: "music",
      risk: "write",
      params: [{ name: "song", type: "str", kind: "title", nullable: false }],
      bullets: ["Plays a song in Music."],
      handler: async ([song]) => `Playing ${String(song)}`,
    });
    expect(tool.description).toBe("play_music(song: str) -> str\n - Plays a song in Music.\n");
    expect(registry.names().at(-1)).toBe("play_music");
    expect(() => registry.register({ ...tool, bullets: [] })).toThrow(/already registered/);
  });

  it("selects subsets in prompt order whatever order they are asked in", () => {
    const registry = new ToolRegistry();
    expect(
      registry.select(["send_sms", "create_calendar_event", "get_phone_number"]).map((t) => t.name),
    ).toEqual(["create_calendar_event", "get_phone_number", "send_sms"]);
    expect(() => registry.select(["nope"])).toThrow(/Unknown tool/);
  });

  it("keeps only the tools of enabled apps", () => {
    const names = new ToolRegistry().forApps(["contacts", "sms"]).names();
    expect(names).toEqual(["get_phone_number", "get_email_address", "send_sms"]);
  });
});
