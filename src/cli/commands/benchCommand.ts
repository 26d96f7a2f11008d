import { execBenchmark } from "../bench/execBenchmark.js";
import type { Command } from "../Command.js";
import { parseOptions } from "../parseOptions.js";
import { UsageError } from "../UsageError.js";

const USAGE = `Usage: tinyagent bench <what> [options]

Measures speed; tests never assert timings, this command reports them.

  exec      runs fixed multi-step plans on the simulated Mac with realistic app latencies,
            one step at a time (as a ReAct-style agent would) and with our parallel scheduler,
            and prints both wall times and their ratio

Options:
  --json    print the measurements as JSON
`;

export const benchCommand: Command = {
  name: "bench",
  summary: "measure execution speed (sequential vs parallel plans)",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { json: { type: "boolean", default: false } }, USAGE);
    const [what] = positionals;
    if (what !== "exec") throw new UsageError(`bench needs what to measure: exec.\n\n${USAGE}`);
    const result = await execBenchmark({ signal: io.signal });
    if (values.json) {
      io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...result.rows.map((row) => row.name.length));
    const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);
    io.stdout.write(`${"plan".padEnd(width)}  steps  sequential  parallel\n`);
    for (const row of result.rows) {
      io.stdout.write(
        `${row.name.padEnd(width)}  ${String(row.steps).padStart(5)}    ${ms(row.sequentialMs)}  ${ms(row.parallelMs)}\n`,
      );
    }
    io.stdout.write(
      `${"total".padEnd(width)}         ${ms(result.sequentialMs)}  ${ms(result.parallelMs)}   ${result.speedup.toFixed(2)}× faster in parallel\n`,
    );
    return 0;
  },
};
