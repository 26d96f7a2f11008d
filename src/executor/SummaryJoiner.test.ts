import { describe, expect, it } from "vitest";
import type { PlanIssue } from "../plan/index.js";
import type { RiskTier } from "../tools/index.js";
import { joinerObservation } from "./joinerObservation.js";
import { SummaryJoiner } from "./SummaryJoiner.js";
import type { TaskOutcome } from "./TaskOutcome.js";
import { step } from "./testFakes.js";

type Result =
  | { status: "done"; observation: string }
  | { status: "failed"; error: { code: string; message: string } }
  | { status: "skipped"; reason: string; rootIdx: number }
  | { status: "cancelled"; reason: "denied" | "cancelled" };

function outcome(
  idx: number,
  tool: string,
  risk: RiskTier,
  args: unknown[],
  result: Result,
  ran: unknown[] = args,
): TaskOutcome {
  const task = step(idx, tool, args as never);
  return {
    task,
    risk,
    args: (result.status === "done" || result.status === "failed" ? ran : args) as never,
    ...result,
  };
}

async function answer(tasks: TaskOutcome[], issues: PlanIssue[] = []): Promise<string> {
  const decision = await new SummaryJoiner().join(
    { query: "q", tasks, issues, round: 1, final: true },
    { signal: new AbortController().signal },
  );
  if (decision.kind !== "finish") throw new Error("SummaryJoiner replanned");
  return decision.answer;
}

describe("SummaryJoiner", () => {
  it("says what was drafted and created, not the lookups that fed them", async () => {
    const tasks = [
      outcome(1, "get_phone_number", "read", ["Sid"], { status: "done", observation: "+14155550100" }),
      outcome(
        2,
        "send_sms",
        "draft",
        [["$1"], "Running late"],
        { status: "done", observation: "SMS draft composed" },
        [["+14155550100"], "Running late"],
      ),
      outcome(
        3,
        "create_calendar_event",
        "write",
        ["Lunch", "2024-05-03 12:00:00", "2024-05-03 13:00:00", "", [], "", "Work"],
        { status: "done", observation: 'Event created successfully in the "Work" calendar.' },
      ),
    ];
    expect(await answer(tasks)).toBe('Drafted an SMS to +14155550100. Created the event "Lunch" in Work.');
  });

  it("answers read-only plans with the values looked up", async () => {
    const tasks = [
      outcome(1, "get_phone_number", "read", ["Sid Sharma"], { status: "done", observation: "+14155550100" }),
      outcome(2, "get_email_address", "read", ["Lutfi"], {
        status: "done",
        observation: "lutfi@example.com",
      }),
    ];
    expect(await answer(tasks)).toBe(
      "Sid Sharma's phone number is +14155550100. Lutfi's email address is lutfi@example.com.",
    );
  });

  it("says what failed and why, and what was skipped because of it", async () => {
    const tasks = [
      outcome(1, "get_phone_number", "read", ["Sid"], {
        status: "failed",
        error: { code: "tools/failure", message: 'No contact named "Sid"' },
      }),
      outcome(2, "send_sms", "draft", [["$1"], "Hi"], {
        status: "skipped",
        reason: 'Skipped: step 1 (get_phone_number "Sid") failed: No contact named "Sid"',
        rootIdx: 1,
      }),
      outcome(3, "create_reminder", "write", ["Call Sid", "", "", "", 0, false], {
        status: "done",
        observation: "Reminder 'Call Sid' created successfully in the '' list.",
      }),
    ];
    expect(await answer(tasks)).toBe(
      'Created the reminder "Call Sid". I couldn\'t look up Sid\'s phone number: no contact named "Sid". ' +
        "I didn't draft an SMS, since I couldn't look up Sid's phone number.",
    );
  });

  it("answers with the PDF summary", async () => {
    const tasks = [
      outcome(1, "open_and_get_file_path", "read", ["report"], {
        status: "done",
        observation: "/Users/me/report.pdf",
      }),
      outcome(
        2,
        "summarize_pdf",
        "read",
        ["$1"],
        { status: "done", observation: "The report says sales grew 10%." },
        ["/Users/me/report.pdf"],
      ),
    ];
    expect(await answer(tasks)).toBe("The report says sales grew 10%.");
  });

  it("puts the summary first when the plan also did something", async () => {
    const tasks = [
      outcome(1, "summarize_pdf", "read", ["/r.pdf"], { status: "done", observation: "Sales grew." }),
      outcome(2, "compose_new_email", "draft", [["ann@example.com"], [], "Report", "$1", []], {
        status: "done",
        observation: "New email composed successfully with attachments and cc.",
      }),
    ];
    expect(await answer(tasks)).toBe('Sales grew.\n\nDrafted an email to ann@example.com about "Report".');
  });

  it("says when it has no tool for the request, or the plan could not be understood", async () => {
    expect(await answer([])).toBe("Sorry, I can't do that with the tools I have.");
    expect(
      await answer([], [{ line: 1, code: "plan/unknown-tool", message: 'unknown tool "fax" in step 1' }]),
    ).toBe('Sorry, I couldn\'t work out how to do that (unknown tool "fax" in step 1).');
  });

  it("names custom tools plainly and mentions unparsable steps", async () => {
    const tasks = [
      outcome(1, "order_pizza", "write", ["margherita"], { status: "done", observation: "Order 42 placed." }),
      outcome(3, "send_sms", "draft", [["$2"], "Pizza"], {
        status: "skipped",
        reason: "Skipped: step 2 could not be parsed",
        rootIdx: 2,
      }),
    ];
    expect(await answer(tasks, [{ line: 2, code: "plan/syntax", message: "bad" }])).toBe(
      "Ran order_pizza: Order 42 placed. I didn't draft an SMS: step 2 of the plan could not be understood.",
    );
  });
});

describe("joinerObservation", () => {
  it("formats failures like the reference and passes other text through", () => {
    const failed = outcome(1, "get_phone_number", "read", ["Sid"], {
      status: "failed",
      error: { code: "executor/tool-error", message: "Error: boom." },
    });
    expect(joinerObservation(failed)).toBe("Error: boom! You MUST correct this error and try again!");
    const done = outcome(1, "get_phone_number", "read", ["Sid"], { status: "done", observation: "+1" });
    expect(joinerObservation(done)).toBe("+1");
  });
});
