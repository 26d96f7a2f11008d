import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlanParseEvent, PlanTask } from "../plan/index.js";
import { type RiskTier, ToolFailure, ToolRegistry } from "../tools/index.js";
import type { ApprovalPolicy } from "./ApprovalPolicy.js";
import type { ExecutorEvent } from "./ExecutorEvent.js";
import { executePlan } from "./executePlan.js";
import { step, testTool } from "./testFakes.js";

const RISKS: RiskTier[] = ["read", "draft", "write"];
const POLICIES: ApprovalPolicy[] = ["ask-for-writes", "ask-always", "never-ask"];

const scenario = fc.record({
  tools: fc.array(fc.record({ risk: fc.constantFrom(...RISKS), app: fc.constantFrom("a", "b", "c") }), {
    minLength: 1,
    maxLength: 4,
  }),
  steps: fc.array(
    fc.record({
      tool: fc.nat(),
      deps: fc.array(fc.nat(), { maxLength: 3 }),
      succeeds: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
  policy: fc.constantFrom(...POLICIES),
  approves: fc.boolean(),
  cancels: fc.boolean(),
});

type LogEntry = ExecutorEvent | { readonly type: "cancel-now" };

describe("DagExecutor properties", () => {
  it("holds its guarantees on random plans, outcomes, approvals and cancels", async () => {
    await fc.assert(
      fc.asyncProperty(
        scenario,
        fc.scheduler(),
        async ({ tools, steps, policy, approves, cancels }, scheduler) => {
          const specs = tools.map(({ risk, app }, index) => testTool(`tool${index}`, app, risk));
          const registry = new ToolRegistry(specs);
          const plan: PlanTask[] = steps.map((planned, index) => {
            const idx = index + 1;
            const deps =
              index === 0
                ? []
                : [...new Set(planned.deps.map((dep) => (dep % index) + 1))].sort((a, b) => a - b);
            const tool = specs[planned.tool % specs.length]?.name ?? "tool0";
            // The argument ends with the step's own number, so the handler knows which step it runs.
            return step(idx, tool, [`${deps.map((dep) => `$${dep} `).join("")}#${idx}`], deps);
          });
          const succeeds = new Map(plan.map((task, index) => [task.idx, steps[index]?.succeeds ?? true]));
          const log: LogEntry[] = [];
          const controller = new AbortController();
          if (cancels) {
            void scheduler.schedule(Promise.resolve(), "cancel").then(() => {
              log.push({ type: "cancel-now" });
              controller.abort();
            });
          }
          async function* stream(): AsyncGenerator<PlanParseEvent> {
            for (const task of plan) {
              await scheduler.schedule(Promise.resolve(), `stream ${task.idx}`);
              yield { type: "task", task };
            }
            await scheduler.schedule(Promise.resolve(), "stream end");
            yield { type: "end", reason: "join" };
          }
          const backend = {
            name: "scheduled",
            handler: (tool: string) => (args: readonly unknown[]) =>
              scheduler.schedule(Promise.resolve(), `${tool}(${String(args[0])})`).then(() => {
                const idx = Number(String(args[0]).split("#").at(-1));
                if (!succeeds.get(idx)) throw new ToolFailure("scripted failure");
                return `result #${idx}`;
              }),
          };
          const result = await scheduler.waitFor(
            executePlan(stream(), {
              registry,
              backend,
              policy,
              signal: controller.signal,
              approve: () => scheduler.schedule(Promise.resolve(approves), "approve"),
              onEvent: (event) => log.push(event),
            }),
          );

          const byIdx = new Map(plan.map((task) => [task.idx, task]));
          const riskOf = (idx: number) => registry.get(byIdx.get(idx)?.tool ?? "")?.risk ?? "read";
          const appOf = (idx: number) => registry.get(byIdx.get(idx)?.tool ?? "")?.app ?? "";
          const held = (idx: number) =>
            policy === "ask-always" || (policy === "ask-for-writes" && riskOf(idx) !== "read");
          const ended = new Map<number, string>();
          const running = new Set<number>();
          let approvedAt: boolean | undefined;
          let cancelled = false;
          for (const entry of log) {
            switch (entry.type) {
              case "cancel-now":
                cancelled = true;
                break;
              case "approval-end":
                approvedAt = entry.approved;
                break;
              case "task-start": {
                expect(cancelled, "nothing starts after a cancel").toBe(false);
                expect(approvedAt === false, "nothing starts after a deny").toBe(false);
                if (held(entry.idx))
                  expect(approvedAt, `step ${entry.idx} started before approval`).toBe(true);
                for (const dep of byIdx.get(entry.idx)?.deps ?? []) expect(ended.get(dep)).toBe("task-end");
                for (const other of running) expect(appOf(other)).not.toBe(appOf(entry.idx));
                running.add(entry.idx);
                break;
              }
              case "task-end":
              case "task-error":
              case "task-skip":
              case "task-cancel":
                expect(ended.has(entry.idx), `step ${entry.idx} ended twice`).toBe(false);
                ended.set(entry.idx, entry.type);
                running.delete(entry.idx);
                break;
              default:
                break;
            }
          }
          const added = log.flatMap((entry) => (entry.type === "task-add" ? [entry.task.idx] : []));
          expect(
            [...ended.keys()].sort((a, b) => a - b),
            "every step ends exactly once",
          ).toEqual(added);
          expect(result.outcomes.map((outcome) => outcome.task.idx)).toEqual(added);
          // Only a cancel stops the plan stream early.
          if (!cancelled) expect(added).toEqual(plan.map((task) => task.idx));
          if (policy === "never-ask")
            expect(log.some((entry) => entry.type.startsWith("approval"))).toBe(false);
          if (approvedAt === false) expect(["denied", "cancelled"]).toContain(result.status);
          if (result.status === "completed")
            expect(result.outcomes.every((outcome) => outcome.status !== "cancelled")).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
