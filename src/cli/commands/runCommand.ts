import { DEFAULT_APPROVAL_POLICY, type ExecutorEvent, runPlan } from "../../executor/index.js";
import { readInput } from "../CliIo.js";
import type { Command } from "../Command.js";
import { openBackend } from "../openBackend.js";
import { parseOptions } from "../parseOptions.js";
import { parsePolicy } from "../parsePolicy.js";
import { runExitCode } from "../runExitCode.js";
import { defaultRegistry } from "../selectTools.js";
import { TerminalPrinter } from "../TerminalPrinter.js";
import { APPROVAL_HINT, terminalApprover } from "../terminalApprover.js";
import { UsageError } from "../UsageError.js";

const USAGE = `Usage: tinyagent run --plan FILE|- [options]

Runs a plan against the simulated Mac: shows the plan, asks for approval of steps that draft or
create things, shows each step's progress and the answer.

Options:
  --plan FILE|-         the plan text (- for stdin)
  --backend sandbox     where tools run (default sandbox, the simulated Mac)
  --policy POLICY       ask-for-writes (default), ask-always or never-ask
  --yes                 approve the plan without asking
  --json                print one JSON event per line instead of the progress view

Exit codes: 0 completed, 1 failed, 2 usage, 3 not approved, 130 cancelled (Ctrl-C).
`;

export const runCommand: Command = {
  name: "run",
  summary: "run a plan on the simulated Mac, with approval and live progress",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        plan: { type: "string" },
        backend: { type: "string" },
        policy: { type: "string" },
        yes: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
      },
      USAGE,
    );
    if (values.plan === undefined) {
      throw new UsageError(
        positionals.length > 0
          ? "Planning from a request needs a planner model, which is not set up yet: pass --plan FILE."
          : `run needs --plan FILE.\n\n${USAGE}`,
      );
    }
    const planText = await readInput(io, values.plan);
    const policy = parsePolicy(values.policy, DEFAULT_APPROVAL_POLICY);
    const backend = await openBackend(values.backend, io);
    const printer = new TerminalPrinter((text) => io.stdout.write(text));
    const onEvent = (event: ExecutorEvent) =>
      values.json ? io.stdout.write(`${JSON.stringify(event)}\n`) : printer.print(event);
    const approve = terminalApprover(io, { yes: values.yes });
    const result = await runPlan(
      (async function* () {
        yield planText;
      })(),
      {
        query: "",
        registry: defaultRegistry(),
        backend,
        policy,
        signal: io.signal,
        onEvent,
        ...(approve === undefined ? {} : { approve }),
      },
    );
    if (result.status !== "completed") {
      // Without an approver the executor's reason speaks of its API; the user needs the flag.
      const reason =
        result.status === "denied" && approve === undefined
          ? APPROVAL_HINT
          : (result.reason ?? "no reason given");
      io.stderr.write(`tinyagent: run ${result.status}: ${reason}\n`);
    }
    return runExitCode(result.status);
  },
};
