// Prompt texts reproduced from SqueezeAILab/TinyAgent (MIT License, Copyright (c) 2024 SqueezeAILab).
import { JOIN_DESCRIPTION, type ToolSpec } from "../tools/index.js";
import { plannerInstructions } from "./plannerInstructions.js";
import { REFERENCE_PLANNER_EXAMPLES, REFERENCE_REPLAN_EXAMPLES } from "./referenceExamples.js";

const GUIDELINES =
  "Guidelines:\n" +
  " - Each action described above contains input/output types and description.\n" +
  "    - You must strictly adhere to the input and output types for each action.\n" +
  "    - The action descriptions contain the guidelines. You MUST strictly follow those guidelines when you use the actions.\n" +
  " - Each action in the plan should strictly be one of the above types. Follow the Python conventions for each action.\n" +
  " - Each action MUST have a unique ID, which is strictly increasing.\n" +
  " - Inputs for actions can either be constants or outputs from preceding actions. In the latter case, use the format $id to denote the ID of the previous action whose output will be the input.\n" +
  " - Always call join as the last action in the plan. Say '<END_OF_PLAN>' after you call join\n" +
  " - Ensure the plan maximizes parallelizability.\n" +
  " - Only use the provided action types. If a query cannot be addressed using these, invoke the join action for the next steps.\n" +
  " - Never explain the plan with comments (e.g. #).\n" +
  " - Never introduce new actions other than the ones provided.\n" +
  "\n";

// "results.You MUST": the missing space is in the reference prompt.
const REPLAN_GUIDELINES =
  ' - You are given "Previous Plan" which is the plan that the previous agent created along with the execution results (given as Observation) of each plan and a general thought (given as Thought) about the executed results.You MUST use these information to create the next plan under "Current Plan".\n' +
  ' - When starting the Current Plan, you should start with "Thought" that outlines the strategy for the next plan.\n' +
  " - In the Current Plan, you should NEVER repeat the actions that are already executed in the Previous Plan.\n";

export interface PlannerSystemPromptOptions {
  /**
   * The tools to offer, already in prompt order (the reference's fixed order, calendar first; a ToolRAG
   * subset keeps that order). Each description ends with "\n", which puts a blank line after each tool.
   */
  readonly tools: readonly Pick<ToolSpec, "name" | "description">[];
  /** The moment the request is planned for (date line, local time of the Date). */
  readonly now: Date;
  /** The user's free-text instruction, added as the last bullet. */
  readonly customInstructions?: string;
  /**
   * In-context examples, most similar first, each `Question: …\n` + plan lines ending in
   * `N. join()<END_OF_PLAN>\n`. Default: the 4 reference examples, or the 2 replan examples when `replan`.
   */
  readonly examples?: readonly string[];
  /** Builds the replan variant (spec §4.5): three more guideline bullets and the replan examples. */
  readonly replan?: boolean;
}

/**
 * The `tinyagent` planner system prompt, byte-exact with the reference's `generate_llm_compiler_prompt`
 * (spec §4.1): header naming K+1 action types, the K tools numbered from 1, join as K+1, the guidelines,
 * the custom-instructions block and "\n\n", the replan bullets (replan only), then
 * "Here are some examples:\n\n" and the examples, each followed by "###\n" (so an empty list still
 * leaves one "###\n", as the reference's ToolRAG formatter does). Unlike the reference, zero tools gives
 * a valid prompt with join as action 1 of "1 types".
 */
export function plannerSystemPrompt({
  tools,
  now,
  customInstructions,
  examples,
  replan = false,
}: PlannerSystemPromptOptions): string {
  const chosenExamples = examples ?? (replan ? REFERENCE_REPLAN_EXAMPLES : REFERENCE_PLANNER_EXAMPLES);
  let prompt =
    "Given a user query, create a plan to solve it with the utmost parallelizability. " +
    `Each plan should comprise an action from the following ${tools.length + 1} types:\n`;
  tools.forEach((tool, index) => {
    prompt += `${index + 1}. ${tool.description}\n`;
  });
  // JOIN_DESCRIPTION already ends in "plans. \n"; the reference adds "\n\n" to a text without it.
  prompt += `${tools.length + 1}. ${JOIN_DESCRIPTION}\n`;
  prompt += GUIDELINES;
  prompt += `${plannerInstructions({ tools, now, ...(customInstructions === undefined ? {} : { customInstructions }) })}\n\n`;
  if (replan) prompt += REPLAN_GUIDELINES;
  prompt += "Here are some examples:\n\n";
  prompt += `${chosenExamples.join("###\n")}###\n`;
  return prompt;
}
