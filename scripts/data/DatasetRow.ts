import { z } from "zod";

/**
 * One dataset row as `npm run data` writes it, one JSON object a line: the request, when it was
 * asked (ISO local time without a zone), the gold plan ending in `join()<END_OF_PLAN>`, and the tools
 * that plan uses in prompt order (the ToolRAG label). A superset of what `tinyagent eval` reads.
 */
export const datasetRowSchema = z.object({
  id: z.string().min(1),
  now: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
  query: z.string().min(1),
  plan: z.string().regex(/join\(\)<END_OF_PLAN>$/),
  tools: z.array(z.string()),
});

export type DatasetRow = z.infer<typeof datasetRowSchema>;
