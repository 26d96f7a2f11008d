import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_TOOLS, JOIN_DESCRIPTION, type ToolSpec } from "../tools/index.js";
import { plannerSystemPrompt } from "./plannerSystemPrompt.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/prompts/${name}`, import.meta.url), "utf8");

const DATE_PLACEHOLDER = "<%A %Y-%m-%d %H:%M, e.g. Friday 2024-05-24 14:05>";
const NOW = new Date(2024, 4, 24, 14, 5);
const EXPECTED_ALL_TOOLS = fixture("planner-all-tools.txt").replace(
  DATE_PLACEHOLDER,
  "Friday 2024-05-24 14:05",
);
const EXAMPLES_HEADER = "Here are some examples:\n\n";

const pick = (...names: string[]): ToolSpec[] => BUILTIN_TOOLS.filter((tool) => names.includes(tool.name));

describe("plannerSystemPrompt", () => {
  it("matches the reference prompt byte for byte with all 16 tools and the default examples", () => {
    expect(plannerSystemPrompt({ tools: BUILTIN_TOOLS, now: NOW })).toBe(EXPECTED_ALL_TOOLS);
  });

  it("builds the replan variant: the same prefix through the instructions block, then the replan tail", () => {
    const prefix = EXPECTED_ALL_TOOLS.slice(0, EXPECTED_ALL_TOOLS.indexOf(EXAMPLES_HEADER));
    expect(plannerSystemPrompt({ tools: BUILTIN_TOOLS, now: NOW, replan: true })).toBe(
      prefix + fixture("replan-tail.txt"),
    );
  });

  it("puts a user instruction last with one blank line before the examples instead of two", () => {
    const prompt = plannerSystemPrompt({
      tools: BUILTIN_TOOLS,
      now: NOW,
      customInstructions: "Always cc team members Nick and Sid in all emails.",
    });
    expect(prompt).toContain(
      "use maps_show_directions to show directions to the specific place.\n" +
        " - Always cc team members Nick and Sid in all emails.\n\nHere are some examples:\n\n",
    );
    expect(prompt.replace(" - Always cc team members Nick and Sid in all emails.", "")).toBe(
      EXPECTED_ALL_TOOLS,
    );
  });

  it("treats an empty custom instruction as none", () => {
    expect(plannerSystemPrompt({ tools: BUILTIN_TOOLS, now: NOW, customInstructions: "" })).toBe(
      EXPECTED_ALL_TOOLS,
    );
  });

  it("renumbers a subset, counts K+1 types and adds only the rules its tools trigger", () => {
    const prompt = plannerSystemPrompt({
      tools: pick("get_phone_number", "send_sms"),
      now: NOW,
      examples: [
        'Question: Text Sid hi.\n1. get_phone_number("Sid")\n2. send_sms(["$1"], "hi")\n3. join()<END_OF_PLAN>\n',
      ],
    });
    expect(prompt).toMatchInlineSnapshot(`
      "Given a user query, create a plan to solve it with the utmost parallelizability. Each plan should comprise an action from the following 3 types:
      1. get_phone_number(name: str) -> str
       - Search for a contact by name.
       - Returns the phone number of the contact.

      2. send_sms(recipients: list[str], message: str) -> str
       - Send an SMS to a list of phone numbers.
       - The recipients argument can be a single phone number or a list of phone numbers.
       - Returns the status of the SMS.

      3. join():
       - Collects and combines results from prior actions.
       - A LLM agent is called upon invoking join to either finalize the user query or wait until the plans are executed.
       - join should always be the last action in the plan, and will be called in two scenarios:
         (a) if the answer can be determined by gathering the outputs from tasks to generate the final response.
         (b) if the answer cannot be determined in the planning phase before you execute the plans. 

      Guidelines:
       - Each action described above contains input/output types and description.
          - You must strictly adhere to the input and output types for each action.
          - The action descriptions contain the guidelines. You MUST strictly follow those guidelines when you use the actions.
       - Each action in the plan should strictly be one of the above types. Follow the Python conventions for each action.
       - Each action MUST have a unique ID, which is strictly increasing.
       - Inputs for actions can either be constants or outputs from preceding actions. In the latter case, use the format $id to denote the ID of the previous action whose output will be the input.
       - Always call join as the last action in the plan. Say '<END_OF_PLAN>' after you call join
       - Ensure the plan maximizes parallelizability.
       - Only use the provided action types. If a query cannot be addressed using these, invoke the join action for the next steps.
       - Never explain the plan with comments (e.g. #).
       - Never introduce new actions other than the ones provided.

       - You need to start your plan with the '1.' call
       - Today's date is Friday 2024-05-24 14:05
       - Unless otherwise specified, the default meeting duration is 60 minutes.
       - Do not use named arguments in your tool calls.
       - You MUST end your plans with the 'join()' call and a '\\n' character.
       - You MUST fill every argument in the tool calls, even if they are optional.
       - The format for dates MUST be in ISO format of 'YYYY-MM-DD HH:MM:SS', unless other specified.
       - If you want to use the result of a previous tool call, you MUST use the '$' sign followed by the index of the tool call.
       - You MUST ONLY USE join() at the very very end of the plan, or you WILL BE PENALIZED.
       - Before sending an SMS, you MUST use the get_phone_number tool to get the phone number of the contact, unless you are explicitly given their phone number.
       - If you need to send an SMS message to multiple contacts, send it in one message, unless specified otherwise.
       - If you need to send an email or an sms using compose_new_email, reply_to_email, forward_email, or send_sms tools, you MUST send it before calling join(), or you WILL BE PENALIZED!


      Here are some examples:

      Question: Text Sid hi.
      1. get_phone_number("Sid")
      2. send_sms(["$1"], "hi")
      3. join()<END_OF_PLAN>
      ###
      "
    `);
  });

  it("triggers each tool-specific rule from any tool of its set, in the reference order", () => {
    const rulesOf = (...names: string[]): string => {
      const prompt = plannerSystemPrompt({ tools: pick(...names), now: NOW, examples: [] });
      return prompt.slice(prompt.indexOf("at the very very end"), prompt.indexOf(EXAMPLES_HEADER));
    };
    expect(rulesOf("create_calendar_event", "create_reminder")).toBe(
      "at the very very end of the plan, or you WILL BE PENALIZED.\n\n\n",
    );
    const forward = rulesOf("forward_email");
    expect(forward).toContain("you MUST use the get_email_address tool");
    expect(forward).toContain("you MUST send it before calling join()");
    expect(forward).not.toContain("Before sending an SMS");
    expect(rulesOf("get_zoom_meeting_link")).toContain("you MUST use get_zoom_meeting_link");
    expect(rulesOf("open_note")).toContain("you DON'T HAVE TO call open_note");
    expect(rulesOf("maps_open_location")).toContain("you DON'T HAVE TO call maps_open_location");
    const order = rulesOf("maps_show_directions", "append_note_content", "get_zoom_meeting_link", "send_sms");
    const positions = [
      "Before sending an SMS",
      "before calling join()",
      "zoom meeting",
      "to a note",
      "directions",
    ].map((marker) => order.indexOf(marker));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("gives a valid prompt for zero tools: join is action 1 of 1 type", () => {
    const prompt = plannerSystemPrompt({ tools: [], now: NOW });
    expect(
      prompt.startsWith(
        "Given a user query, create a plan to solve it with the utmost parallelizability. " +
          `Each plan should comprise an action from the following 1 types:\n1. ${JOIN_DESCRIPTION}\nGuidelines:\n`,
      ),
    ).toBe(true);
    expect(prompt).toContain("or you WILL BE PENALIZED.\n\n\nHere are some examples:\n\n");
  });

  it("joins given examples with ###, most similar first, and ends with ###", () => {
    const prompt = plannerSystemPrompt({
      tools: pick("get_phone_number"),
      now: NOW,
      examples: ["A\n", "B\n"],
    });
    expect(prompt.endsWith("Here are some examples:\n\nA\n###\nB\n###\n")).toBe(true);
    const replan = plannerSystemPrompt({
      tools: pick("get_phone_number"),
      now: NOW,
      examples: ["A\n"],
      replan: true,
    });
    expect(replan.endsWith("in the Previous Plan.\nHere are some examples:\n\nA\n###\n")).toBe(true);
  });

  it("prints the date of the request, not of module load", () => {
    const prompt = plannerSystemPrompt({ tools: [], now: new Date(2025, 0, 1, 0, 0) });
    expect(prompt).toContain(" - Today's date is Wednesday 2025-01-01 00:00\n");
  });
});
