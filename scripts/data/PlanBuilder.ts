import { BUILTIN_TOOL_NAMES } from "../../src/tools/index.js";

/** The result of an earlier step, written `"$N"` once the plan is numbered. */
export class StepRef {
  constructor(readonly step: Step) {}
}

/** One positional argument of a gold plan call. */
export type PlanArg = string | number | boolean | null | StepRef | readonly (string | StepRef)[];

interface Step {
  readonly tool: string;
  readonly args: readonly PlanArg[];
  /** 0: contact lookups, 1: other lookups with no inputs, 2: the rest (see render). */
  readonly phase: number;
  readonly order: number;
}

const CONTACT_LOOKUPS = new Set(["get_phone_number", "get_email_address"]);
const INDEPENDENT_READS = new Set([
  "open_and_get_file_path",
  "open_note",
  "maps_open_location",
  "maps_show_directions",
]);

// Done-phrases for the optional closing thought, in the words of the reference's examples.
const DONE: Readonly<Record<string, string>> = {
  create_calendar_event: "created the calendar event",
  get_phone_number: "found the phone number",
  get_email_address: "found the email address",
  open_and_get_file_path: "opened the file",
  summarize_pdf: "summarized the document",
  compose_new_email: "composed the email",
  reply_to_email: "replied to the email",
  forward_email: "forwarded the email",
  maps_open_location: "opened the location in Maps",
  maps_show_directions: "shown the directions",
  create_note: "created the note",
  open_note: "opened the note",
  append_note_content: "appended to the note",
  create_reminder: "created the reminder",
  send_sms: "sent the message",
  get_zoom_meeting_link: "created the zoom meeting",
};

const refersTo = (arg: PlanArg): boolean =>
  arg instanceof StepRef || (Array.isArray(arg) && arg.some((item) => item instanceof StepRef));

/**
 * Builds a gold plan the way the reference's GPT-4-written plans look: positional arguments in
 * declared order, `"$N"` references, parallel lookups numbered first (contacts, then files, notes and
 * places), one action per request after them, and `N. join()<END_OF_PLAN>`. A lookup asked for twice
 * (Sid's email for the invite and for the mail) is one step.
 */
export class PlanBuilder {
  readonly #steps: Step[] = [];

  /** Adds a call; returns its result to pass to later calls. */
  call(tool: string, args: readonly PlanArg[]): StepRef {
    const independent = !args.some(refersTo);
    const phase = CONTACT_LOOKUPS.has(tool) ? 0 : independent && INDEPENDENT_READS.has(tool) ? 1 : 2;
    if (phase < 2) {
      const key = JSON.stringify([tool, args]);
      const existing = this.#steps.find((step) => JSON.stringify([step.tool, step.args]) === key);
      if (existing) return new StepRef(existing);
    }
    const step: Step = { tool, args, phase, order: this.#steps.length };
    this.#steps.push(step);
    return new StepRef(step);
  }

  get isEmpty(): boolean {
    return this.#steps.length === 0;
  }

  /** The tools the plan uses, in prompt order (a row's `tools`). */
  tools(): string[] {
    const used = new Set(this.#steps.map((step) => step.tool));
    return BUILTIN_TOOL_NAMES.filter((name) => used.has(name));
  }

  /** The plan text; `thought` adds the reference's closing `Thought: I have succesfully …` line. */
  render(options: { readonly thought?: boolean } = {}): string {
    const ordered = [...this.#steps].sort(
      (left, right) => left.phase - right.phase || left.order - right.order,
    );
    const numbers = new Map(ordered.map((step, index) => [step, index + 1]));
    const reference = (ref: StepRef): string => `$${numbers.get(ref.step)}`;
    const literal = (arg: PlanArg): string => {
      if (arg === null) return "None";
      if (typeof arg === "boolean") return arg ? "True" : "False";
      if (typeof arg === "number") return String(arg);
      if (arg instanceof StepRef) return quote(reference(arg));
      if (typeof arg === "string") return quote(arg);
      return `[${arg.map((item) => quote(item instanceof StepRef ? reference(item) : item)).join(", ")}]`;
    };
    const lines = ordered.map(
      (step, index) => `${index + 1}. ${step.tool}(${step.args.map(literal).join(", ")})`,
    );
    const last = ordered.at(-1);
    if (options.thought && last) {
      // "succesfully" (sic) as in every reference example, so our plans read like theirs.
      lines.push(`Thought: I have succesfully ${DONE[last.tool] ?? "completed the task"}.`);
    }
    lines.push(`${ordered.length + 1}. join()<END_OF_PLAN>`);
    return lines.join("\n");
  }
}

/** A Python string literal in double quotes, as the reference's plans write them. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
