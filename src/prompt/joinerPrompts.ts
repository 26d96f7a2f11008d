// Prompt texts reproduced from SqueezeAILab/TinyAgent (MIT License, Copyright (c) 2024 SqueezeAILab).
// The fine-tuned joiner saw these exact bytes, including the two missing newlines
// ("john@doe.comopen_and_get_file_path" and "try again!Thought:") and the trailing spaces after some
// questions: do not "fix" them.

const FINISH_RULES =
  " - If you need to answer some knowledge question, just answer it directly using 'Action: Finish(<your answer>)'.\n" +
  " - If you need to return the result of a summary (summarize_pdf), you MUST use 'Action: Finish(Summary)'\n" +
  " - If there is an error in one of the tool calls and it is not fixable, you should provide a user-friendly error message using 'Action: Finish(<your error message>)'.\n";

const REPLAN_RULES =
  " - If you think the plan is not completed yet or an error in the plan is fixable, you should output Replan.\n" +
  " - If the plan is fixable, you will see a message like 'try again'. If you don't see this message, the error is NOT fixable and you MUST output an error message using 'Action: Finish(<your error message>)'\n";

const FINISH_EXAMPLES: readonly string[] = [
  "Question: Create a zoom meeting for the upcoming Apple meeting with Eren Erdoğan. \n" +
    'get_email_address("Eren Erdoğan")\n' +
    "Observation: eren@gmail.com\n" +
    'get_zoom_meeting_link("Apple Meeting", "2022-10-14 15:00:00", 60, ["$1"])\n' +
    "Observation: https://zoom.us/j/1234567890?pwd=abc123\n" +
    'create_calendar_event("Apple Meeting", "2022-10-14 15:00:00", "2022-10-14 16:00:00", "Apple HQ", "$2", None)\n' +
    "Observation: Event created successfully\n" +
    "Thought: I don't need to answer a question.\n" +
    "Action: Finish(Task completed!)\n",
  "Question: What is the content of the Apple meeting notes? \n" +
    'get_note_content("Apple Meeting")\n' +
    "Observation: The meeting is about the new iPhone release.\n" +
    "Thought: I can just answer the question directly.\n" +
    "Action: Finish(The meeting is about the new iPhone release.)\n",
  "Question: Compose a new email to John, attaching the Project.pdf file.\n" +
    'get_email_address("John")\n' +
    'Observation: john@doe.comopen_and_get_file_path("Project")\n' +
    "Observation: /Users/eren/Downloads/Project.pdf\n" +
    'compose_new_email([john@doe.com], [], "Project Update", "Please find the attached project update.", ["/Users/eren/Downloads/Project.pdf"])\n' +
    "Observation: There was an error while composing the email.\n" +
    "Thought: There was an error with the compose_new_email tool call and it is not possible to fix it. I need to provide a user-friendly error message.\n" +
    "Action: Finish(There was an error while composing the email. Please try again later.)\n",
  "Question: Summarize the Apple Demo file. \n" +
    "open_and_get_file_path(Apple Demo)\n" +
    "Observation: /Users/eren/Downloads/Apple_Demo.pdf\n" +
    "summarize_pdf(/Users/eren/Downloads/Apple_Demo.pdf)\n" +
    "Observation: The new iPhone is going to be released in 2023.\n" +
    "Action: Finish(Summary)\n",
];

const REPLAN_EXAMPLE =
  "Question: Say hi to Sid via SMS.\n" +
  "join()\n" +
  "Observation: The plan generation was stopped due to an error in tool 1. get_contact_info('Sid')! Error: Tool get_contact_info not found. You MUST correct this error and try again!Thought: The error is fixable so I need to replan and try again.\n" +
  "Action: Replan\n";

/**
 * The joiner instructions for a round that may still replan (`OUTPUT_PROMPT`, spec §4.6): rules for
 * Finish and Replan, then four Finish examples and one Replan example, each followed by `###\n`.
 */
export const JOINER_PROMPT =
  "Follow these rules:\n" +
  " - You MUST only output either Finish or Replan, or you WILL BE PENALIZED.\n" +
  FINISH_RULES +
  REPLAN_RULES +
  "\n" +
  "Here are some examples:\n" +
  FINISH_EXAMPLES.join("###\n") +
  "###\n" +
  REPLAN_EXAMPLE +
  "###\n";

/**
 * The joiner instructions for the last round (`OUTPUT_PROMPT_FINAL`): Finish only, so the run always
 * ends with an answer.
 */
export const JOINER_FINAL_PROMPT =
  "Follow these rules:\n" +
  " - You MUST only output Finish, or you WILL BE PENALIZED.\n" +
  FINISH_RULES +
  "\n" +
  "Here are some examples:\n" +
  FINISH_EXAMPLES.join("###\n") +
  "###\n";
