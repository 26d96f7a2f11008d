import { ToolFailure } from "../../tools/index.js";
import { closestMatch } from "./closestMatch.js";
import type { SandboxFile, SandboxState } from "./SandboxState.js";

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const withoutExtension = (name: string) => name.replace(/\.[^./ ]+$/, "");

/**
 * Resolves a file argument like the reference's Spotlight helper (spec §1.3 #4): an existing
 * absolute path (or `~/…`) is used as is; otherwise the display name is matched, exactly, then
 * ignoring case, accents and the extension ("apple demo" finds "Apple Demo.pdf"), then by words,
 * then by spelling. Unlike the reference, a name resembling no file is a ToolFailure, and so are
 * several equally good matches. `note` hears how a non-exact name was matched.
 */
export function findFile(
  files: SandboxState["files"],
  query: string,
  note: (message: string) => void = () => {},
): SandboxFile {
  const trimmed = query.trim();
  if (trimmed === "") throw new ToolFailure("No file name was given.", { code: "sandbox/invalid-argument" });
  const path = trimmed.startsWith("~/") ? `${files.home}${trimmed.slice(1)}` : trimmed;
  const byPath = files.entries.find((entry) => entry.path === path);
  if (byPath) return byPath;

  const name = path.startsWith("/") ? baseName(path) : path;
  const exactName = files.entries.filter((entry) => baseName(entry.path) === name);
  const match =
    exactName.length === 1
      ? ({ kind: "found", item: exactName[0] as SandboxFile, tier: "exact" } as const)
      : closestMatch(name, files.entries, (entry) => [
          baseName(entry.path),
          withoutExtension(baseName(entry.path)),
        ]);
  if (match.kind === "found") {
    if (match.tier !== "exact") note(`Matched "${trimmed}" to ${match.item.path}.`);
    return match.item;
  }
  if (match.kind === "ambiguous") {
    throw new ToolFailure(
      `Several files match "${trimmed}": ${match.items.map((entry) => entry.path).join(", ")}.`,
      { code: "sandbox/ambiguous", context: { name: trimmed } },
    );
  }
  throw new ToolFailure(`No file named "${trimmed}" was found.`, {
    code: "sandbox/not-found",
    context: { name: trimmed },
  });
}
