/**
 * A deterministic extractive summary of a document's text lines (the real app asks an LLM): the
 * leading sentences, whole, up to `maximumLength` characters (at least one sentence, cut at a
 * word when it alone is longer). A short first line without closing punctuation followed by a
 * capitalised line is taken as the title and prefixed: "Quarterly Report Q2 2025: Revenue grew …".
 */
export function summarizeText(lines: readonly string[], { maximumLength = 300 } = {}): string {
  const [first, second] = lines;
  if (first === undefined) return "";
  const isTitle =
    second !== undefined && first.length <= 60 && !/[.!?,;:]$/.test(first) && /^[\p{Lu}\p{N}]/u.test(second);
  const body = (isTitle ? lines.slice(1) : lines).join(" ");
  const sentences = body.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'(])/u);

  let summary = "";
  for (const sentence of sentences) {
    const next = summary === "" ? sentence : `${summary} ${sentence}`;
    if (summary !== "" && next.length > maximumLength) break;
    summary = next;
  }
  if (summary.length > maximumLength) {
    const cut = summary.slice(0, maximumLength);
    summary = `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1)).replace(/[\s,;:]+$/, "")}…`;
  }
  return isTitle ? `${first}: ${summary}` : summary;
}
