import { TinyAgentError } from "../base/index.js";
import { BUILTIN_TOOL_NAMES } from "../tools/index.js";
import { NO_TOOL_LABEL } from "./noToolLabel.js";

const TOOL_NAME = /^[A-Za-z_]\w*$/;
// Hugging Face's default names when a model is trained without label names, as the reference's was.
const GENERIC_LABEL = /^LABEL_(\d+)$/;

/**
 * The tool name of each output of a classifier, from its `config.json` `id2label`. Tool names are
 * taken as they are (our embedded model writes them); Hugging Face's generic `LABEL_<n>` names
 * (the reference's `squeeze-ai-lab/TinyAgent-ToolRAG`) are read as the reference label order,
 * which is the prompt order of the 16 built-in tools (spec §1.1, `ClassifierToolRAG._ID_TO_TOOL`).
 * {@link NO_TOOL_LABEL} may stand among the tool names.
 *
 * @throws TinyAgentError `toolrag/labels` for missing, gapped, duplicate or unreadable labels.
 */
export function toolLabels(id2label: unknown): string[] {
  const fail = (problem: string) =>
    new TinyAgentError("toolrag/labels", `The classifier's config.json id2label ${problem}.`, {
      context: { id2label },
    });
  if (typeof id2label !== "object" || id2label === null || Array.isArray(id2label)) {
    throw fail("is missing (it must map output indices to tool names)");
  }
  const entries = Object.entries(id2label as Record<string, unknown>);
  const labels: string[] = [];
  for (const [key, value] of entries) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= entries.length || typeof value !== "string") {
      throw fail(`has an unusable entry "${key}": ${JSON.stringify(value)}`);
    }
    labels[index] = value;
  }
  const generic = labels.map((label) => GENERIC_LABEL.exec(label));
  if (generic.every((match) => match !== null)) {
    if (labels.length !== BUILTIN_TOOL_NAMES.length) {
      throw fail(
        `has ${labels.length} generic labels; the reference order needs ${BUILTIN_TOOL_NAMES.length}`,
      );
    }
    const names = generic.map((match) => BUILTIN_TOOL_NAMES[Number(match?.[1])]);
    if (names.some((name) => name === undefined) || new Set(names).size !== names.length) {
      throw fail("has generic labels that are not LABEL_0 to LABEL_15, each once");
    }
    return names as string[];
  }
  const bad = labels.find((label) => !TOOL_NAME.test(label) && label !== NO_TOOL_LABEL);
  if (bad !== undefined) throw fail(`names "${bad}", which is not a tool name`);
  if (new Set(labels).size !== labels.length) throw fail("names a tool twice");
  return labels;
}
