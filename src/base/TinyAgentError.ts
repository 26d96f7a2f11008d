/**
 * The one base class for errors the engine raises on purpose. `code` is namespaced by concept
 * (`plan/parse`, `executor/timeout`, `sandbox/not-found`, …) so front ends can map it to copy
 * without parsing messages.
 */
export class TinyAgentError extends Error {
  readonly code: string;
  readonly context: Readonly<Record<string, unknown>>;

  constructor(
    code: string,
    message: string,
    options: { cause?: unknown; context?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TinyAgentError";
    this.code = code;
    this.context = options.context ?? {};
  }

  /** Works across module copies (unlike `instanceof`), as vercel/ai's errors do. */
  static isInstance(value: unknown): value is TinyAgentError {
    return (
      value instanceof Error && typeof (value as { code?: unknown }).code === "string" && "context" in value
    );
  }
}
