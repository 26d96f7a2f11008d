import type { ToolRegistry } from "../tools/index.js";
import type { Settings } from "./settingsSchema.js";

/**
 * The tools the planner may use under `settings`: every tool of an enabled app, in prompt order.
 * Custom tools always stay (ToolRegistry.forApps): the switches are the reference's nine built-in
 * apps (spec §1.1), and a user who registers a tool wants it used.
 */
export function enabledToolNames(settings: Pick<Settings, "enabledApps">, registry: ToolRegistry): string[] {
  const apps = Object.entries(settings.enabledApps)
    .filter(([, enabled]) => enabled)
    .map(([app]) => app);
  return registry.forApps(apps).names();
}
