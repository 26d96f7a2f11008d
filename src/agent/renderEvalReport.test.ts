import { describe, expect, it } from "vitest";
import type { EvalReport } from "./EvalReport.js";
import { renderEvalReport } from "./renderEvalReport.js";

const REPORT: EvalReport = {
  n: 3,
  success_rate: 0.3333,
  strict_success_rate: 0,
  malformed_rate: 0.6667,
  tool_recall: 0.5,
  tool_precision: 0.4167,
  latency_ms: { p50: 120.4, p95: 1800.6 },
  prompt_tokens_mean: 2843.3,
  resumed_rows: 1,
  rows: [
    {
      id: "sms",
      pred: '1. get_phone_number("Bob")\n2. send_sms(["$1"], "late")\n3. join()<END_OF_PLAN>',
      success: 1,
      strict_success: 0,
      malformed: false,
      latency_ms: 120.4,
      resumes: 1,
    },
    { id: "a|b", pred: "```oops```", success: 0, strict_success: 0, malformed: true, latency_ms: 80 },
    {
      id: "err",
      pred: "",
      success: 0,
      strict_success: 0,
      malformed: true,
      latency_ms: 1800.6,
      error: "planner/decode: Decoding\nfailed",
    },
  ],
};

describe("renderEvalReport", () => {
  it("renders the metrics, every row and the failed predictions as Markdown", () => {
    const markdown = renderEvalReport(REPORT, { details: { model: "tiny.gguf", data: "eval.jsonl" } });
    expect(markdown).toBe(
      [
        "# Planner evaluation",
        "",
        "- **model:** `tiny.gguf`",
        "- **data:** `eval.jsonl`",
        "",
        "| metric | value |",
        "| --- | --- |",
        "| rows | 3 |",
        "| success rate (reference, DAG isomorphism) | 33.3 % |",
        "| strict success rate (arguments too) | 0.0 % |",
        "| malformed rate | 66.7 % |",
        "| tool recall | 0.500 |",
        "| tool precision | 0.417 |",
        "| latency p50 / p95 | 120 ms / 1801 ms |",
        "| prompt tokens (mean) | 2843 |",
        "| plans resumed with a required tool | 1 |",
        "",
        "## Rows",
        "",
        "| id | success | strict | malformed | latency | error |",
        "| --- | --- | --- | --- | --- | --- |",
        "| sms | ✓ | ✗ | no | 120 ms |  |",
        "| a\\|b | ✗ | ✗ | yes | 80 ms |  |",
        "| err | ✗ | ✗ | yes | 1801 ms | planner/decode: Decoding failed |",
        "",
        "## Failed predictions",
        "",
        "### sms: wrong arguments",
        "",
        "```text",
        '1. get_phone_number("Bob")',
        '2. send_sms(["$1"], "late")',
        "3. join()<END_OF_PLAN>",
        "```",
        "",
        "### a\\|b: malformed",
        "",
        "````text",
        "```oops```",
        "````",
        "",
        "### err: planner/decode: Decoding failed",
        "",
        "```text",
        "(empty)",
        "```",
        "",
      ].join("\n"),
    );
  });

  it("caps the failures shown in full and says so", () => {
    const markdown = renderEvalReport(REPORT, { title: "Nightly", maxFailuresShown: 1 });
    expect(markdown.startsWith("# Nightly\n\n| metric | value |")).toBe(true);
    expect(markdown).toContain("### sms: wrong arguments");
    expect(markdown).not.toContain("### err");
    expect(markdown.endsWith("… and 2 more (see report.json).\n")).toBe(true);
  });

  it("shows n/a when the planner reported no prompt size, and no failures section at 100 %", () => {
    const perfect: EvalReport = {
      ...REPORT,
      prompt_tokens_mean: null,
      rows: [
        {
          id: "ok",
          pred: "1. join()<END_OF_PLAN>",
          success: 1,
          strict_success: 1,
          malformed: false,
          latency_ms: 5,
        },
      ],
    };
    const markdown = renderEvalReport(perfect);
    expect(markdown).toContain("| prompt tokens (mean) | n/a |");
    expect(markdown).not.toContain("## Failed predictions");
  });
});
