import { REALISTIC_LATENCY_MS, SandboxMac } from "../../backends/index.js";
import { TinyAgentError } from "../../base/index.js";
import { type RunResult, runPlan } from "../../executor/index.js";
import { ToolRegistry } from "../../tools/index.js";
import { EXEC_BENCHMARK_PLANS } from "./execBenchmarkPlans.js";

export interface ExecBenchmarkRow {
  readonly name: string;
  readonly steps: number;
  /** Wall time with one step at a time, as a ReAct-style agent runs a plan, in ms. */
  readonly sequentialMs: number;
  /** Wall time with our scheduler (independent steps in parallel, one at a time per app), in ms. */
  readonly parallelMs: number;
}

export interface ExecBenchmarkResult {
  readonly rows: readonly ExecBenchmarkRow[];
  readonly sequentialMs: number;
  readonly parallelMs: number;
  /** sequentialMs / parallelMs over all plans. */
  readonly speedup: number;
  /** The simulated per-app latencies the sandbox used. */
  readonly latencyMs: Readonly<Record<string, number>>;
}

/**
 * Runs every benchmark plan twice on a fresh simulated Mac with realistic app latencies: once one
 * step at a time and once with the DAG scheduler, in one process so both see the same machine.
 * Throws when a plan does not complete: the benchmark's plans must all succeed.
 */
export async function execBenchmark(options: { signal?: AbortSignal } = {}): Promise<ExecBenchmarkResult> {
  const rows: ExecBenchmarkRow[] = [];
  for (const { name, plan } of EXEC_BENCHMARK_PLANS) {
    const sequential = await timedRun(plan, 1, options.signal);
    const parallel = await timedRun(plan, undefined, options.signal);
    rows.push({
      name,
      steps: parallel.result.outcomes.length,
      sequentialMs: sequential.ms,
      parallelMs: parallel.ms,
    });
  }
  const sequentialMs = sum(rows.map((row) => row.sequentialMs));
  const parallelMs = sum(rows.map((row) => row.parallelMs));
  return {
    rows,
    sequentialMs,
    parallelMs,
    speedup: sequentialMs / parallelMs,
    latencyMs: REALISTIC_LATENCY_MS,
  };
}

async function timedRun(
  plan: string,
  maxConcurrency: number | undefined,
  signal: AbortSignal | undefined,
): Promise<{ ms: number; result: RunResult }> {
  const backend = new SandboxMac({ latencyMs: REALISTIC_LATENCY_MS });
  const started = performance.now();
  const result = await runPlan(
    (async function* () {
      yield plan;
    })(),
    {
      query: "",
      registry: new ToolRegistry(),
      backend,
      policy: "never-ask",
      ...(maxConcurrency === undefined ? {} : { maxConcurrency }),
      ...(signal === undefined ? {} : { signal }),
    },
  );
  const ms = performance.now() - started;
  const failed = result.outcomes.find((outcome) => outcome.status !== "done");
  if (result.status !== "completed" || failed) {
    const detail = failed ? `, step ${failed.task.idx} ${failed.status}` : "";
    throw new TinyAgentError("bench/plan", `A benchmark plan did not complete (${result.status}${detail}).`, {
      context: { plan },
    });
  }
  return { ms, result };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
