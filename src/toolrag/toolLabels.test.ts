import { describe, expect, it } from "vitest";
import { BUILTIN_TOOL_NAMES } from "../tools/index.js";
import { NO_TOOL_LABEL } from "./noToolLabel.js";
import { toolLabels } from "./toolLabels.js";

const generic = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [String(index), `LABEL_${index}`]));

describe("toolLabels", () => {
  it("reads Hugging Face's generic LABEL_n names in the reference label order", () => {
    const labels = toolLabels(generic(16));
    expect(labels).toEqual(BUILTIN_TOOL_NAMES);
    expect(labels[0]).toBe("create_calendar_event");
    expect(labels[15]).toBe("get_zoom_meeting_link");
  });

  it("takes tool names as they are, in index order", () => {
    expect(toolLabels({ "1": "send_sms", "0": "get_weather" })).toEqual(["get_weather", "send_sms"]);
  });

  it("accepts the no-tool label among tool names", () => {
    expect(toolLabels({ "0": "send_sms", "1": NO_TOOL_LABEL })).toEqual(["send_sms", NO_TOOL_LABEL]);
  });

  it.each([
    ["a missing id2label", undefined],
    ["the wrong number of generic labels", generic(15)],
    ["a gap", { "0": "send_sms", "2": "create_note" }],
    ["a duplicate", { "0": "send_sms", "1": "send_sms" }],
    ["a label that is not a tool name", { "0": "send sms" }],
  ])("rejects %s", (_case, id2label) => {
    expect(() => toolLabels(id2label)).toThrow(expect.objectContaining({ code: "toolrag/labels" }));
  });
});
