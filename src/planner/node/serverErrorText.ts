const MAX_LENGTH = 500;

/**
 * The human part of an error body from an OpenAI-compatible server: `{"error":{"message":…}}`
 * (OpenAI, llama.cpp), `{"error":"…"}` (LM Studio), `{"message":…}`, or the raw text, shortened so
 * an HTML error page cannot flood the terminal.
 */
export function serverErrorText(body: string): string {
  let text = body.trim();
  try {
    const parsed: unknown = JSON.parse(text);
    const candidate = messageOf(parsed);
    if (candidate !== undefined) text = candidate;
  } catch {
    // Not JSON: the raw text is the best we have.
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}

function messageOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as { error?: unknown; message?: unknown };
  return messageOf(record.error) ?? (typeof record.message === "string" ? record.message : undefined);
}
