import { sleep, TinyAgentError, throwIfAborted } from "../../base/index.js";
import { BUILTIN_TOOLS, type ToolBackend, ToolFailure, type ToolHandler } from "../../tools/index.js";
import { ContactBook } from "./ContactBook.js";
import { calendarTools } from "./calendarTools.js";
import { contactsTools } from "./contactsTools.js";
import { createSeedState } from "./createSeedState.js";
import { filesTools } from "./filesTools.js";
import type { SandboxLatency } from "./latency.js";
import { mailTools } from "./mailTools.js";
import { mapsTools } from "./mapsTools.js";
import { notesTools } from "./notesTools.js";
import { remindersTools } from "./remindersTools.js";
import { renderPdf } from "./renderPdf.js";
import { type SandboxState, SandboxStateSchema } from "./SandboxState.js";
import type { SandboxTool, SandboxToolContext } from "./SandboxTool.js";
import { showSandbox } from "./showSandbox.js";
import { smsTools } from "./smsTools.js";
import { ToolArguments } from "./ToolArguments.js";
import { zoomTools } from "./zoomTools.js";

const TOOLS: Readonly<Record<string, SandboxTool>> = {
  ...calendarTools,
  ...contactsTools,
  ...filesTools,
  ...mailTools,
  ...mapsTools,
  ...notesTools,
  ...remindersTools,
  ...smsTools,
  ...zoomTools,
};

const APP_OF = new Map(BUILTIN_TOOLS.map((tool) => [tool.name, tool.app]));

/** Something the sandbox did or decided that the observation does not say (a fuzzy match, an "opened" file). */
export interface SandboxActivity {
  readonly tool: string;
  readonly message: string;
}

export interface SandboxMacOptions {
  /** Initial state (validated and copied); the seed by default. */
  state?: SandboxState;
  /** Simulated time per call by app, e.g. REALISTIC_LATENCY_MS; none by default. */
  latencyMs?: SandboxLatency;
  /** Called, one at a time and awaited, after every call that changed the state (a store saves here). */
  onChange?: (state: SandboxState) => void | Promise<void>;
  /** Real bytes for a virtual PDF path, or undefined to render the PDF from the state's text. */
  readPdf?: (path: string, options: { signal: AbortSignal }) => Promise<Uint8Array | undefined>;
  onActivity?: (activity: SandboxActivity) => void;
}

/**
 * The simulated Mac: a ToolBackend whose 16 built-in tools work on stateful in-memory apps
 * (Contacts, Calendar, Mail, Messages, Notes, Reminders, Files, Maps, Zoom) with the reference's
 * semantics minus its bugs (spec §1.3). Observations are what the real tools return; anything
 * that did not do what was asked throws ToolFailure. Drafts are never sent and files never
 * opened; both are recorded in the state. Every call honours its AbortSignal, also during the
 * optional simulated latency, and an aborted call changes nothing.
 */
export class SandboxMac implements ToolBackend {
  readonly name = "sandbox";
  readonly #state: SandboxState;
  readonly #latency: SandboxLatency;
  readonly #options: SandboxMacOptions;
  readonly #activity: SandboxActivity[] = [];
  #saving: Promise<void> = Promise.resolve();

  constructor(options: SandboxMacOptions = {}) {
    this.#state = SandboxStateSchema.parse(options.state ?? createSeedState());
    this.#latency = options.latencyMs ?? {};
    this.#options = options;
  }

  /** The live state (mutated by tool calls); use `snapshot()` for a copy. */
  get state(): SandboxState {
    return this.#state;
  }

  /** What the sandbox noted so far, oldest first. */
  get activity(): readonly SandboxActivity[] {
    return this.#activity;
  }

  snapshot(): SandboxState {
    return structuredClone(this.#state);
  }

  /** A readable text view of one app's state, or of all of them (see showSandbox). */
  show(app?: string): string {
    return showSandbox(this.#state, app);
  }

  handler(toolName: string): ToolHandler | undefined {
    const tool = Object.hasOwn(TOOLS, toolName) ? TOOLS[toolName] : undefined;
    if (!tool) return undefined;
    const app = APP_OF.get(toolName) as keyof SandboxLatency;
    return async (args, { signal }) => {
      throwIfAborted(signal);
      const latency = this.#latency[app] ?? 0;
      if (latency > 0) await sleep(latency, { signal });
      let changed = false;
      const context: SandboxToolContext = {
        state: this.#state,
        contacts: new ContactBook(this.#state.contacts, {
          onNote: (message) => this.#note(toolName, message),
        }),
        signal,
        note: (message) => this.#note(toolName, message),
        changed: () => {
          changed = true;
        },
        pdfBytes: async (file) => (await this.#options.readPdf?.(file.path, { signal })) ?? renderPdf(file),
      };
      const observation = await tool(new ToolArguments(args), context);
      if (changed) await this.#persist();
      return observation;
    };
  }

  #note(tool: string, message: string): void {
    const activity = { tool, message };
    this.#activity.push(activity);
    this.#options.onActivity?.(activity);
  }

  /** Saves run one after another, each serialising the then-current state, so the last save wins with everything. */
  async #persist(): Promise<void> {
    const onChange = this.#options.onChange;
    if (!onChange) return;
    const saving = this.#saving.then(() => onChange(this.#state));
    this.#saving = saving.catch(() => {});
    try {
      await saving;
    } catch (error) {
      const reason =
        TinyAgentError.isInstance(error) || error instanceof Error ? error.message : String(error);
      throw new ToolFailure(`The sandbox could not save its state: ${reason}`, {
        code: "sandbox/save-failed",
      });
    }
  }
}
