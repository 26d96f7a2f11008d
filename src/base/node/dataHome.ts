import envPaths from "env-paths";

/**
 * The per-user folder where TinyAgent keeps its data (models, settings, the sandbox).
 * `$TINYAGENT_HOME` wins when set (tests and portable installs point it at a folder of their own);
 * otherwise the platform's app-data folder without env-paths' "-nodejs" suffix:
 * `~/Library/Application Support/TinyAgent` on macOS, `~/.local/share/TinyAgent` on Linux.
 */
export function dataHome(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const override = env.TINYAGENT_HOME?.trim();
  if (override) return override;
  return envPaths("TinyAgent", { suffix: "" }).data;
}
