import { describe, expect, it } from "vitest";
import { extendScratchpad } from "./extendScratchpad.js";
import { plannerUserMessage } from "./plannerUserMessage.js";
import { renderReplanContext } from "./renderReplanContext.js";
import { renderScratchpadEntry } from "./renderScratchpadEntry.js";
import { replanUserMessage } from "./replanUserMessage.js";

const phone = { call: "get_phone_number(Sid)", observation: "+15551234", index: 1 };
const sms = {
  thought: "I have sent the message.",
  call: "send_sms(recipients=['+15551234'], message=Hi)",
  observation: "Error: no network! You MUST correct this error and try again!",
  index: 2,
};

describe("renderScratchpadEntry", () => {
  it("renders thought, call and observation lines, with the index only when given", () => {
    expect(renderScratchpadEntry({ ...sms, index: undefined })).toBe(
      "Thought: I have sent the message.\nsend_sms(recipients=['+15551234'], message=Hi)\n" +
        "Observation: Error: no network! You MUST correct this error and try again!\n",
    );
    expect(renderScratchpadEntry(phone)).toBe("1. get_phone_number(Sid)\nObservation: +15551234\n");
    expect(renderScratchpadEntry({ call: "join()" })).toBe("join()\n");
    expect(renderScratchpadEntry({ call: "x()", observation: "", thought: "" })).toBe("x()\nObservation: \n");
  });
});

describe("extendScratchpad", () => {
  it("concatenates a round's entries and strips, accumulating across rounds", () => {
    const first = extendScratchpad("", [
      renderScratchpadEntry({ call: phone.call, observation: phone.observation }),
      renderScratchpadEntry({ call: sms.call, observation: sms.observation, thought: sms.thought }),
    ]);
    expect(first).toBe(
      "get_phone_number(Sid)\nObservation: +15551234\nThought: I have sent the message.\n" +
        "send_sms(recipients=['+15551234'], message=Hi)\n" +
        "Observation: Error: no network! You MUST correct this error and try again!",
    );
    expect(
      extendScratchpad(first, ["send_sms(recipients=['+15551234'], message=Hi)\nObservation: Sent\n"]),
    ).toBe(`${first}\n\nsend_sms(recipients=['+15551234'], message=Hi)\nObservation: Sent`);
  });
});

describe("planner user messages", () => {
  it("sends the first question without a trailing newline", () => {
    expect(plannerUserMessage("Text Sid hi")).toBe("Question: Text Sid hi");
  });

  it("wraps each earlier round as Previous Plan and opens the Current Plan", () => {
    const context = renderReplanContext(
      [renderScratchpadEntry(phone), renderScratchpadEntry(sms)],
      "The SMS failed but can be retried.",
    );
    expect(context).toBe(
      "1. get_phone_number(Sid)\nObservation: +15551234\n\n" +
        "Thought: I have sent the message.\n2. send_sms(recipients=['+15551234'], message=Hi)\n" +
        "Observation: Error: no network! You MUST correct this error and try again!\n\n\n" +
        "Thought: The SMS failed but can be retried.",
    );
    expect(replanUserMessage("Text Sid hi", [context])).toBe(
      `Question: Text Sid hi\nPrevious Plan:\n\n${context}\n\nCurrent Plan:\n\n\n`,
    );
    expect(replanUserMessage("q", ["A", "B"])).toBe(
      "Question: q\nPrevious Plan:\n\nA\n\nPrevious Plan:\n\nB\n\nCurrent Plan:\n\n\n",
    );
  });
});
