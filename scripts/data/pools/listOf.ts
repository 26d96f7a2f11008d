/**
 * A word list written as text, values separated by ";" (line breaks count as spaces, so a value may
 * wrap), so long data lists stay a few dense lines instead of one value a line.
 */
export function listOf(text: string): string[] {
  return text
    .split(";")
    .map((value) => value.replace(/\s+/g, " ").trim())
    .filter((value) => value !== "");
}
