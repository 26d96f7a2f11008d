/**
 * The system error code (`ECONNREFUSED`, `ENOTFOUND`, `ECONNRESET`, …) behind a failed `fetch`, if
 * any. Node's fetch rejects with a bare `TypeError("fetch failed")` and keeps the reason in `cause`,
 * sometimes as an AggregateError when both IPv4 and IPv6 were tried, so the chain is searched.
 */
export function networkErrorCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("E")) return code;
    queue.push((current as { cause?: unknown }).cause);
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return undefined;
}
