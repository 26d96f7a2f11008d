import { describe, expect, it } from "vitest";
import { SandboxMac } from "./SandboxMac.js";

const signal = new AbortController().signal;
function call(mac: SandboxMac, tool: string, ...args: unknown[]): Promise<string> {
  const handler = mac.handler(tool);
  if (!handler) throw new Error(tool);
  return handler(args, { signal });
}

describe("compose_new_email", () => {
  it("drafts an email with names resolved, attachments found by name, and context in the body", async () => {
    const mac = new SandboxMac();
    const observation = await call(
      mac,
      "compose_new_email",
      ["Zoë Müller", "boss@example.com"],
      "Lutfi",
      "Q2 numbers",
      "Zoom link: https://zoom.us/j/8015838226",
      ["Quarterly Report.pdf", "~/Documents/Budget 2025.csv"],
    );
    expect(observation).toBe("New email composed successfully with attachments and cc.");
    expect(mac.state.mail.drafts).toEqual([
      {
        id: "draft-1",
        kind: "new",
        to: ["zoe.mueller@example.net", "boss@example.com"],
        cc: ["lutfi.erdogan@example.com"],
        subject: "Q2 numbers",
        body: "Q2 numbers\n\nZoom link: https://zoom.us/j/8015838226",
        attachments: ["/Users/you/Documents/Quarterly Report.pdf", "/Users/you/Documents/Budget 2025.csv"],
      },
    ]);
  });

  it("accepts bare strings and says only what was added", async () => {
    const mac = new SandboxMac();
    expect(await call(mac, "compose_new_email", "maya.chen@example.com", [], "Hi", "", [])).toBe(
      "New email composed successfully.",
    );
    expect(await call(mac, "compose_new_email", "Maya", "Noah", "Hi", null, null)).toBe(
      "New email composed successfully with cc.",
    );
    expect(mac.state.mail.drafts.map((draft) => draft.body)).toEqual(["Hi", "Hi"]);
  });

  it("fails for an unknown recipient or attachment, drafting nothing", async () => {
    const mac = new SandboxMac();
    await expect(call(mac, "compose_new_email", ["Priya Patel"], [], "Hi", "", [])).rejects.toThrow(
      "Priya Patel has no email address in Contacts.",
    );
    await expect(
      call(mac, "compose_new_email", ["a@b.c"], [], "Hi", "", ["Tax Return 1999"]),
    ).rejects.toThrow('No file named "Tax Return 1999" was found.');
    expect(mac.state.mail.drafts).toEqual([]);
  });
});

describe("reply_to_email", () => {
  it("drafts a reply to the selected message with the context above the quote", async () => {
    const mac = new SandboxMac();
    expect(await call(mac, "reply_to_email", ["Maya Chen"], "Thursday works, see you at noon!", [])).toBe(
      "Replied to the selected email successfully.",
    );
    expect(mac.state.mail.drafts[0]).toEqual({
      id: "draft-1",
      kind: "reply",
      sourceMessageId: "message-2",
      to: ["sid.sharma@example.com"],
      cc: ["maya.chen@example.com"],
      subject: "Re: Lunch on Thursday?",
      body:
        "Thursday works, see you at noon!\n\nOn 2025-06-01 11:05:00, Sid Sharma wrote:\n" +
        "> Hey, are you free for lunch on Thursday around noon? Maya might join too.\n>\n> Sid",
      attachments: [],
    });
  });

  it("fails when no message is selected", async () => {
    const mac = new SandboxMac();
    mac.state.mail.selectedMessageId = null;
    await expect(call(mac, "reply_to_email", [], "ok", [])).rejects.toMatchObject({
      code: "sandbox/no-selection",
      message: "No email is selected in Mail. An email has to be viewed in Mail to reply to it.",
    });
    expect(mac.state.mail.drafts).toEqual([]);
  });
});

describe("forward_email", () => {
  it("drafts a forward of the selected message to resolved recipients", async () => {
    const mac = new SandboxMac();
    mac.state.mail.selectedMessageId = "message-1";
    expect(await call(mac, "forward_email", "José Ramírez", [], "FYI", "Apple Demo.pdf")).toBe(
      "Forwarded the selected email successfully.",
    );
    const draft = mac.state.mail.drafts[0];
    expect(draft?.kind).toBe("forward");
    expect(draft?.to).toEqual(["jose.ramirez@example.com"]);
    expect(draft?.subject).toBe("Fwd: Berlin offsite agenda");
    expect(draft?.body).toContain(
      "FYI\n\nBegin forwarded message:\n\nFrom: Zoë Müller <zoe.mueller@example.net>",
    );
    expect(draft?.body).toContain("Could you check the Friday sessions?");
    expect(draft?.attachments).toEqual(["/Users/you/Documents/Apple Demo.pdf"]);
  });

  it("keeps an existing Fwd:/Re: prefix", async () => {
    const mac = new SandboxMac();
    const message = mac.state.mail.inbox[1];
    if (message) message.subject = "Re: Lunch";
    await call(mac, "reply_to_email", [], "", []);
    await call(mac, "forward_email", ["a@b.c"], [], "", []);
    expect(mac.state.mail.drafts.map((draft) => draft.subject)).toEqual(["Re: Lunch", "Fwd: Re: Lunch"]);
  });

  it("fails when no message is selected", async () => {
    const mac = new SandboxMac();
    mac.state.mail.selectedMessageId = "message-404";
    await expect(call(mac, "forward_email", ["a@b.c"], [], "", [])).rejects.toThrow(
      "An email has to be viewed in Mail to forward it.",
    );
  });
});
