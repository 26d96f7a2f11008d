import { describe, expect, it } from "vitest";
import { BUILTIN_TOOLS } from "../tools/index.js";
import { stringifyCall } from "./stringifyCall.js";

const paramsOf = (name: string) => BUILTIN_TOOLS.find((tool) => tool.name === name)?.params ?? [];
const call = (name: string, args: readonly unknown[]) => stringifyCall(name, args, paramsOf(name));

describe("stringifyCall", () => {
  it("renders single-argument tools as name(value), unquoted", () => {
    expect(call("get_phone_number", ["Sid"])).toBe("get_phone_number(Sid)");
    expect(call("open_and_get_file_path", ["Apple Demo"])).toBe("open_and_get_file_path(Apple Demo)");
  });

  it("renders multi-argument tools as name(k=v, …) with Python str() of each value", () => {
    expect(call("send_sms", [["+15551234"], "Hi Sid!"])).toBe(
      "send_sms(recipients=['+15551234'], message=Hi Sid!)",
    );
    expect(
      call("create_calendar_event", [
        "Lunch",
        "2024-05-25 12:00:00",
        "2024-05-25 13:00:00",
        "",
        [],
        "",
        null,
      ]),
    ).toBe(
      "create_calendar_event(title=Lunch, start_date=2024-05-25 12:00:00, end_date=2024-05-25 13:00:00, " +
        "location=, invitees=[], notes=, calendar=None)",
    );
    expect(call("create_reminder", ["Call mum", "2024-05-25", "", "", 0, true])).toBe(
      "create_reminder(name=Call mum, due_date=2024-05-25, notes=, list_name=, priority=0, all_day=True)",
    );
    expect(call("get_zoom_meeting_link", ["Sync", "2024-05-25 10:00:00", 30, ["a@b.com"]])).toBe(
      "get_zoom_meeting_link(topic=Sync, start_time=2024-05-25 10:00:00, duration=30, meeting_invitees=['a@b.com'])",
    );
  });

  it("labels the context argument of reply_to_email and forward_email as content, like the reference", () => {
    expect(call("reply_to_email", [[], "Thanks", []])).toBe(
      "reply_to_email(cc=[], content=Thanks, attachments=[])",
    );
    expect(call("forward_email", [["a@b.com"], [], "FYI", []])).toBe(
      "forward_email(recipients=['a@b.com'], cc=[], content=FYI, attachments=[])",
    );
    expect(call("compose_new_email", [["a@b.com"], [], "Hi", "", []])).toBe(
      "compose_new_email(recipients=['a@b.com'], cc=[], subject=Hi, context=, attachments=[])",
    );
  });

  it("does not crash on a wrong argument count (the reference raised IndexError)", () => {
    expect(call("send_sms", [["+1555"]])).toBe("send_sms(recipients=['+1555'])");
    expect(call("open_note", ["Ideas", "", "extra"])).toBe("open_note(name=Ideas, folder=, extra)");
    expect(call("get_phone_number", [])).toBe("get_phone_number()");
    expect(stringifyCall("join", [], [])).toBe("join()");
  });
});
