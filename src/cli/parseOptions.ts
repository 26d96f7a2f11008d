import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./UsageError.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** `util.parseArgs` with our error style: unknown or malformed options become a UsageError. */
export function parseOptions<T extends Options>(args: readonly string[], options: T, usage: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message}\n\n${usage.trimEnd()}`);
  }
}
