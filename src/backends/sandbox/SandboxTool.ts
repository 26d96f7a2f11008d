import type { ContactBook } from "./ContactBook.js";
import type { SandboxPdfFile, SandboxState } from "./SandboxState.js";
import type { ToolArguments } from "./ToolArguments.js";

/** What a sandbox tool implementation gets besides its arguments. */
export interface SandboxToolContext {
  /** The live state; implementations mutate it and then call `changed()`. */
  readonly state: SandboxState;
  readonly contacts: ContactBook;
  readonly signal: AbortSignal;
  /** Records how an argument was interpreted (a fuzzy match, a fallback) in the activity log. */
  note(message: string): void;
  /** Marks the state as modified, so the backend persists it after the call. */
  changed(): void;
  /** The bytes of a PDF of the virtual file tree (a real file when a store backs the sandbox). */
  pdfBytes(file: SandboxPdfFile): Promise<Uint8Array>;
}

/** One built-in tool against the simulated Mac: returns the observation or throws ToolFailure. */
export type SandboxTool = (args: ToolArguments, context: SandboxToolContext) => string | Promise<string>;
