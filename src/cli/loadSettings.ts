import type { Settings } from "../agent/index.js";
import { SettingsFile } from "../agent/node/index.js";
import type { CliIo } from "./CliIo.js";

/** The user's settings for a command that uses them, each problem with the file said on stderr. */
export async function loadSettings(io: CliIo): Promise<Settings> {
  const { settings, warnings } = await new SettingsFile({ env: io.env }).load();
  for (const warning of warnings) io.stderr.write(`tinyagent: ${warning.message}\n`);
  return settings;
}
