import { TinyAgentError } from "../../src/base/index.js";
import type { ToolClassifier } from "../../src/toolrag/index.js";

/**
 * Largest probability difference tolerated between the trainer's exported module (torch) and the
 * written ONNX file run by the app's loader: float rounding is about 1e-6, a wrong graph is far off.
 */
export const EXPORT_TOLERANCE = 1e-3;

/**
 * Runs the first rows through the classifier the app will load and compares its probabilities
 * with those the trainer computed for the same rows with the module it exported. Throws when they
 * differ (an export or tokenizer that does not reproduce the trained model must not ship); returns
 * the largest difference otherwise.
 */
export async function checkExportParity(
  classifier: ToolClassifier,
  rows: readonly { readonly query: string }[],
  expected: readonly (readonly number[])[],
): Promise<number> {
  if (expected.length === 0 || expected.length > rows.length) {
    throw new TinyAgentError(
      "toolrag/export-parity",
      `The trainer reported ${expected.length} rows of probabilities to compare, for ${rows.length} validation rows.`,
    );
  }
  let largest = 0;
  for (const [index, want] of expected.entries()) {
    const query = (rows[index] as { query: string }).query;
    const got = Array.from(await classifier.scores(query));
    if (got.length !== want.length) {
      throw new TinyAgentError(
        "toolrag/export-parity",
        `The exported classifier gives ${got.length} probabilities, the trained one ${want.length}.`,
      );
    }
    const difference = Math.max(...got.map((value, label) => Math.abs(value - (want[label] as number))));
    largest = Math.max(largest, difference);
    if (difference > EXPORT_TOLERANCE) {
      throw new TinyAgentError(
        "toolrag/export-parity",
        `The exported ONNX classifier does not reproduce the trained model: on "${query}" a probability differs by ${difference.toFixed(4)} (at most ${EXPORT_TOLERANCE} allowed).`,
        { context: { query, got, want } },
      );
    }
  }
  return largest;
}
