import { z } from "zod";
import { parseLocalDateTime } from "./parseLocalDateTime.js";

/**
 * One eval dataset row (`tinyagent eval --data FILE.jsonl`, one JSON object a line): the query, the
 * ISO local time it is relative to (the prompt's date line) and the gold plan in LLMCompiler text.
 * A numeric `id` is read as its string; other keys are ignored, so richer datasets load as they are.
 */
export const evalRowSchema = z.object({
  id: z
    .union([z.string().trim().min(1, "must not be empty"), z.int()], {
      error: "must be a string or an integer",
    })
    .transform(String),
  now: z
    .string()
    .refine(
      (value) => parseLocalDateTime(value) !== undefined,
      "must be a local time without a time zone, like 2024-05-24T14:05",
    ),
  query: z.string().refine((value) => value.trim() !== "", "must not be empty"),
  plan: z.string().regex(/join\(\)<END_OF_PLAN>\s*$/, "must be a plan ending in join()<END_OF_PLAN>"),
});

/** A validated eval row; `now` stays the row's text (read it with {@link parseLocalDateTime}). */
export type EvalRow = z.output<typeof evalRowSchema>;
/** An eval row as written in the dataset. */
export type EvalRowInput = z.input<typeof evalRowSchema>;

/**
 * Validates one row; on failure, one message per problem, prefixed with `place` ("data.jsonl:3"),
 * e.g. `data.jsonl:3: now: must be a local time …`.
 */
export function checkEvalRow(
  value: unknown,
  place: string,
): { readonly row: EvalRow } | { readonly problems: readonly string[] } {
  const result = evalRowSchema.safeParse(value);
  if (result.success) return { row: result.data };
  return {
    problems: result.error.issues.map((issue) => {
      const field = issue.path.map(String).join(".");
      const missing = field !== "" && valueAt(value, issue.path) === undefined;
      return `${place}: ${field === "" ? "" : `${field}: `}${missing ? "missing" : issue.message}`;
    }),
  };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
