import { SandboxStore } from "../../backends/sandbox/node/index.js";
import type { Command } from "../Command.js";
import { UsageError } from "../UsageError.js";

const USAGE = `Usage:
  tinyagent sandbox show [APP]   print the simulated Mac's state (all apps, or one of: contacts,
                                 calendar, mail, messages, notes, reminders, files, maps, zoom)
  tinyagent sandbox reset        restore the seed state (discards what runs created)

The state lives in <data folder>/sandbox ($TINYAGENT_HOME, or the per-user application-data folder).
`;

export const sandboxCommand: Command = {
  name: "sandbox",
  summary: "show or reset the simulated Mac that plans run against",
  usage: USAGE,
  async run(args, io) {
    const [subcommand, app, ...rest] = args;
    const store = new SandboxStore({ env: io.env });
    if (subcommand === "show" && rest.length === 0) {
      const text = await store.show(app, { signal: io.signal });
      io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
      return 0;
    }
    if (subcommand === "reset" && app === undefined) {
      await store.reset({ signal: io.signal });
      io.stdout.write(`Sandbox reset to its seed state (${store.directory}).\n`);
      return 0;
    }
    throw new UsageError(USAGE);
  },
};
