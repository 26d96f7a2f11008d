// Prompt texts reproduced from SqueezeAILab/TinyAgent (MIT License, Copyright (c) 2024 SqueezeAILab).
// The fine-tuned TinyAgent models were trained on these exact bytes, typos included ("succesfully",
// the implicit concatenation "Meeting Postponed," "", the self-referencing "$2" and the skipped step 3 in
// the first replan example): do not "fix" them.

/**
 * The reference's four hand-written planner examples (`DEFAULT_PLANNER_IN_CONTEXT_EXAMPLES_PROMPT`),
 * used when no examples are retrieved. Each is `Question: …\n` plus plan lines ending in
 * `N. join()<END_OF_PLAN>\n`; the builder joins them with `###\n`.
 */
export const REFERENCE_PLANNER_EXAMPLES: readonly string[] = [
  "Question: Notify Lutfi Eren Erdogan about the upcoming Apple meeting that is going to start at 3PM on Friday.\n" +
    '1. get_phone_number("Lutfi Eren Erdogan")\n' +
    '2. send_sms(["$1"], "Hey Lutfi, just wanted to let you know about the upcoming Apple meeting. It\'s going to be at 3 PM on Friday.")\n' +
    "Thought: I have succesfully found the contact and sent the message.\n" +
    "3. join()<END_OF_PLAN>\n",
  "Question: Create a zoom meeting for the upcoming Apple meeting with Eren Erdoğan.\n" +
    '1. get_email_address("Eren Erdoğan")\n' +
    '2. get_zoom_meeting_link("Apple Meeting", "2022-10-14 15:00:00", 60, ["$1"])\n' +
    '3. create_calendar_event("Apple Meeting", "2022-10-14 15:00:00", "2022-10-14 16:00:00", "$2", [], "", None)\n' +
    "Thought: I have succesfully created the calendar event.\n" +
    "4. join()<END_OF_PLAN>\n",
  "Question: Show directions to Apple Park.\n" +
    '1. maps_show_directions("", "Apple Park", "d")\n' +
    "Thought: I have succesfully shown the directions.\n" +
    "2. join()<END_OF_PLAN>\n",
  "Question: Send an email to Amir saying that the meeting is postponed to next week.\n" +
    '1. get_email_address("Amir")\n' +
    '2. compose_new_email(["$1"], [], "Meeting Postponed," "", [])\n' +
    "3. join()<END_OF_PLAN>\n",
];

/**
 * The reference's two replan examples (`PLANNER_PROMPT_REPLAN`): a question, the previous plan with its
 * observations, then the current plan opening with a `Thought:`.
 */
export const REFERENCE_REPLAN_EXAMPLES: readonly string[] = [
  "Question: Say hi to Sid via SMS.\n" +
    "\n" +
    "Previous Plan:\n" +
    "\n" +
    "1. join()\n" +
    "Observation:\n" +
    "The plan generation was stopped due to an error in tool 1. get_contact_info('Sid')! Error: Tool get_contact_info not found. You MUST correct this error and try again!\n" +
    "Current Plan:\n" +
    "\n" +
    "Thought: The error is fixable since I have the get_phone_number tool to retrieve the phone number of Sid. Then I will proceed with sending the SMS.\n" +
    '1. get_phone_number("Sid")\n' +
    '2. send_sms("$2", "Hi Sid!")\n' +
    "Thought: I have succesfully created the retrieved the phone number and sent the SMS.\n" +
    "4. join()<END_OF_PLAN>\n",
  "Question: Summarize 'Apple Demo.pdf'.\n" +
    "\n" +
    "Previous Plan:\n" +
    "\n" +
    '1. open_and_get_file_path("Apple Demo")\n' +
    "2. join()\n" +
    "Observation: summarize_pdf() takes 1 positional arguments but 2 were given! You MUST correct this error and try again!\n" +
    "Current Plan:\n" +
    "\n" +
    "Thought: Previous plan tried to call the summarize_pdf() tool with the wrong number of arguments. I will correct this and try again.\n" +
    '1. open_and_get_file_path("Apple Demo")\n' +
    '2. summarize_pdf("$1")\n' +
    "Thought: I have succesfully opened the file and summarized it.\n" +
    "3. join()<END_OF_PLAN>\n",
];
