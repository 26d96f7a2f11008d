import { describe, expect, it } from "vitest";
import { isAbortError } from "../../base/index.js";
import { BUILTIN_TOOL_NAMES, ToolFailure } from "../../tools/index.js";
import { createSeedState } from "./createSeedState.js";
import { REALISTIC_LATENCY_MS } from "./latency.js";
import { SandboxMac } from "./SandboxMac.js";
import type { SandboxState } from "./SandboxState.js";

const signal = new AbortController().signal;

function call(mac: SandboxMac, tool: string, ...args: unknown[]): Promise<string> {
  const handler = mac.handler(tool);
  if (!handler) throw new Error(`no handler for ${tool}`);
  return handler(args, { signal });
}

describe("SandboxMac", () => {
  it("implements all 16 built-in tools and nothing else", () => {
    const mac = new SandboxMac();
    expect(mac.name).toBe("sandbox");
    for (const name of BUILTIN_TOOL_NAMES) expect(mac.handler(name), name).toBeTypeOf("function");
    expect(mac.handler("join")).toBeUndefined();
    expect(mac.handler("toString")).toBeUndefined();
  });

  it("starts from a copy of the given state (or the seed)", async () => {
    const state = createSeedState();
    const mac = new SandboxMac({ state });
    await call(mac, "send_sms", ["Mom"], "On my way");
    expect(state.messages.drafts).toEqual([]);
    expect(mac.state.messages.drafts).toHaveLength(1);
    expect(mac.snapshot()).toEqual(mac.state);
    expect(mac.snapshot()).not.toBe(mac.state);
  });

  it("rejects an invalid initial state", () => {
    expect(() => new SandboxMac({ state: { version: 2 } as unknown as SandboxState })).toThrow();
  });

  it("rejects with AbortError when aborted during the simulated latency, and changes nothing", async () => {
    const mac = new SandboxMac({ latencyMs: { sms: 60_000 } });
    const controller = new AbortController();
    const pending = mac.handler("send_sms")?.([["Mom"], "hi"], { signal: controller.signal });
    controller.abort();
    const error = await pending?.catch((caught: unknown) => caught);
    expect(isAbortError(error)).toBe(true);
    expect(mac.state.messages.drafts).toEqual([]);
  });

  it("rejects at once when the signal is already aborted", async () => {
    const mac = new SandboxMac();
    const controller = new AbortController();
    controller.abort();
    const error = await mac
      .handler("get_phone_number")?.(["Mom"], { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(isAbortError(error)).toBe(true);
  });

  it("applies per-app latency only to that app", async () => {
    // Contacts has no latency here, so this resolves although sms would wait a minute.
    const mac = new SandboxMac({ latencyMs: { sms: 60_000 } });
    await expect(call(mac, "get_phone_number", "Mom")).resolves.toBe("+14155550114");
    expect(Object.keys(REALISTIC_LATENCY_MS).sort()).toEqual(
      ["calendar", "contacts", "files", "mail", "maps", "notes", "reminders", "sms", "zoom"].sort(),
    );
  });

  it("calls onChange after changes only, one save at a time", async () => {
    const saved: number[] = [];
    let running = 0;
    let overlapped = false;
    const mac = new SandboxMac({
      onChange: async (state) => {
        running++;
        if (running > 1) overlapped = true;
        await new Promise((resolve) => setTimeout(resolve, 5));
        saved.push(state.messages.drafts.length + state.notes.notes.length);
        running--;
      },
    });
    await call(mac, "get_phone_number", "Mom");
    expect(saved).toEqual([]);
    await Promise.all([call(mac, "send_sms", ["Mom"], "hi"), call(mac, "create_note", "Idea", "text", "")]);
    expect(overlapped).toBe(false);
    expect(saved).toHaveLength(2);
    expect(saved.at(-1)).toBe(1 + 7);
  });

  it("turns a failed save into a ToolFailure", async () => {
    const mac = new SandboxMac({
      onChange: () => {
        throw new Error("disk full");
      },
    });
    await expect(call(mac, "send_sms", ["Mom"], "hi")).rejects.toMatchObject({
      name: "ToolFailure",
      code: "sandbox/save-failed",
      message: "The sandbox could not save its state: disk full",
    });
  });

  it("records notes in the activity log and reports them", async () => {
    const heard: string[] = [];
    const mac = new SandboxMac({
      onActivity: (activity) => heard.push(`${activity.tool}: ${activity.message}`),
    });
    await call(mac, "get_email_address", "Lutfi");
    expect(heard).toEqual(['get_email_address: Matched "Lutfi" to Lutfi Eren Erdoğan by name.']);
    expect(mac.activity).toEqual([
      { tool: "get_email_address", message: 'Matched "Lutfi" to Lutfi Eren Erdoğan by name.' },
    ]);
  });

  it("shows the state", () => {
    expect(new SandboxMac().show("sms")).toBe("Messages\n  (none)\n");
  });
});

describe("contacts tools", () => {
  it("return the bare value, usable in a later $N", async () => {
    const mac = new SandboxMac();
    expect(await call(mac, "get_phone_number", "lutfi eren erdogan")).toBe("+14155550142");
    expect(await call(mac, "get_email_address", "ZOË MÜLLER")).toBe("zoe.mueller@example.net");
    expect(await call(mac, "get_email_address", "Jose Ramirez")).toBe("jose.ramirez@example.com");
  });

  it("fail for ambiguous, missing and incomplete contacts", async () => {
    const mac = new SandboxMac();
    await expect(call(mac, "get_phone_number", "Lan")).rejects.toThrow(
      'Several contacts match "Lan": Lan Müller, Lan Nguyễn. Use the full name.',
    );
    await expect(call(mac, "get_phone_number", "Nobody Known")).rejects.toThrow(
      'There is no contact named "Nobody Known".',
    );
    await expect(call(mac, "get_phone_number", "Olivia Brown")).rejects.toThrow(ToolFailure);
    await expect(call(mac, "get_email_address", "Priya Patel")).rejects.toThrow(ToolFailure);
  });
});

describe("send_sms", () => {
  it("creates a draft with names resolved to numbers and numbers kept as written", async () => {
    const mac = new SandboxMac();
    expect(await call(mac, "send_sms", ["Sid Sharma", "+1 (555) 010-9999"], "Running late")).toBe(
      "SMS draft composed",
    );
    expect(await call(mac, "send_sms", "Zoë", "Bare string recipient")).toBe("SMS draft composed");
    expect(mac.state.messages.drafts).toEqual([
      { id: "sms-1", recipients: ["+14155550101", "+1 (555) 010-9999"], message: "Running late" },
      { id: "sms-2", recipients: ["+4917012340002"], message: "Bare string recipient" },
    ]);
  });

  it("never drafts to an unresolved or ambiguous name", async () => {
    const mac = new SandboxMac();
    await expect(call(mac, "send_sms", ["Lan"], "hi")).rejects.toThrow(ToolFailure);
    await expect(call(mac, "send_sms", ["Olivia Brown"], "hi")).rejects.toThrow("no phone number");
    await expect(call(mac, "send_sms", [], "hi")).rejects.toThrow("at least one recipient");
    expect(mac.state.messages.drafts).toEqual([]);
  });
});

describe("maps tools", () => {
  it("return the reference's observation texts", async () => {
    const mac = new SandboxMac();
    expect(await call(mac, "maps_open_location", "Café de Flore & Co")).toBe(
      "Location of Café de Flore & Co in Apple Maps: https://maps.apple.com/?q=Caf%C3%A9+de+Flore+%26+Co",
    );
    expect(await call(mac, "maps_show_directions", "", "Ferry Building, San Francisco", "w")).toBe(
      "Directions to Ferry Building, San Francisco in Apple Maps: https://maps.apple.com/?daddr=Ferry+Building%2C+San+Francisco&dirflg=w",
    );
    expect(await call(mac, "maps_show_directions", null, "SFO", null)).toBe(
      "Directions to SFO in Apple Maps: https://maps.apple.com/?daddr=SFO&dirflg=d",
    );
    expect(await call(mac, "maps_show_directions", "Home", "Work", "r")).toBe(
      "Directions to Work in Apple Maps: https://maps.apple.com/?saddr=Home&daddr=Work&dirflg=r",
    );
  });

  it("fail without a destination", async () => {
    await expect(call(new SandboxMac(), "maps_open_location", "")).rejects.toThrow(ToolFailure);
    await expect(call(new SandboxMac(), "maps_show_directions", "Home", "", "d")).rejects.toThrow(
      ToolFailure,
    );
  });
});

describe("get_zoom_meeting_link", () => {
  it("records a meeting with resolved invitees and returns a deterministic join URL", async () => {
    const mac = new SandboxMac();
    const first = await call(mac, "get_zoom_meeting_link", "Design review", "2025-06-05 10:00:00", 45, [
      "Zoë",
      "a@b.c",
    ]);
    const second = await call(mac, "get_zoom_meeting_link", "Retro", "2025-06-06T15:00", 30, "Maya Chen");
    expect(first).toMatch(/^https:\/\/zoom\.us\/j\/\d{10}$/);
    expect(second).toMatch(/^https:\/\/zoom\.us\/j\/\d{10}$/);
    expect(second).not.toBe(first);
    expect(
      await call(new SandboxMac(), "get_zoom_meeting_link", "Design review", "2025-06-05 10:00:00", 45, []),
    ).toBe(first);
    expect(mac.state.zoom.meetings.at(-2)).toEqual({
      id: "zoom-2",
      topic: "Design review",
      start: "2025-06-05 10:00:00",
      durationMinutes: 45,
      invitees: ["zoe.mueller@example.net", "a@b.c"],
      joinUrl: first,
    });
    expect(mac.state.zoom.meetings.at(-1)?.invitees).toEqual(["maya.chen@example.com"]);
  });

  it("requires a topic, a valid start time and a positive duration", async () => {
    const mac = new SandboxMac();
    await expect(call(mac, "get_zoom_meeting_link", "", "2025-06-05 10:00:00", 30, [])).rejects.toThrow(
      "topic",
    );
    await expect(call(mac, "get_zoom_meeting_link", "X", "next week", 30, [])).rejects.toThrow("start_time");
    await expect(call(mac, "get_zoom_meeting_link", "X", "2025-06-05 10:00:00", 0, [])).rejects.toThrow(
      "duration",
    );
    await expect(call(mac, "get_zoom_meeting_link", "X", "2025-06-05 10:00:00", "1h", [])).rejects.toThrow(
      "duration",
    );
    expect(mac.state.zoom.meetings).toHaveLength(1);
  });
});
