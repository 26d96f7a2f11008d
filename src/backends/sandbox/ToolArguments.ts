import { ToolFailure } from "../../tools/index.js";

/**
 * Reads a plan's positional arguments leniently, the way the reference's wrappers do: a missing
 * trailing argument or `None` is empty, a bare string given for a list is wrapped, and the string
 * "None" that small models sometimes quote counts as no value for optional names. A value that
 * cannot mean what the parameter needs is a ToolFailure naming the parameter.
 */
export class ToolArguments {
  readonly #values: readonly unknown[];

  constructor(values: readonly unknown[]) {
    this.#values = values;
  }

  /** The raw text of argument `index`: "" for a missing or null value, numbers as written. */
  text(index: number, name: string): string {
    const value = this.#values[index];
    if (value === undefined || value === null) return "";
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    throw invalid(name, "a string", value);
  }

  /** Trimmed text where "None" also means "not given" (calendar, folder, list names, …). */
  optionalName(index: number, name: string): string {
    const value = this.text(index, name).trim();
    return value === "None" ? "" : value;
  }

  /** A list of non-empty trimmed strings; a bare string becomes a one-element list. */
  list(index: number, name: string): string[] {
    const value = this.#values[index];
    if (value === undefined || value === null) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item) => {
      if (item === null || item === undefined) return [];
      if (typeof item !== "string" && typeof item !== "number")
        throw invalid(name, "a list of strings", value);
      const trimmed = String(item).trim();
      return trimmed === "" || trimmed === "None" ? [] : [trimmed];
    });
  }

  /** An integer, or `fallback` when missing; numeric strings ("5") are accepted. */
  integer(index: number, name: string, fallback: number): number {
    const value = this.#values[index];
    if (value === undefined || value === null || value === "" || value === "None") return fallback;
    const number = typeof value === "string" ? Number(value.trim()) : value;
    if (typeof number !== "number" || !Number.isInteger(number)) throw invalid(name, "a whole number", value);
    return number;
  }

  /** A boolean, or `fallback` when missing; "True"/"False" as Python prints them are accepted. */
  boolean(index: number, name: string, fallback: boolean): boolean {
    const value = this.#values[index];
    if (value === undefined || value === null || value === "" || value === "None") return fallback;
    if (typeof value === "boolean") return value;
    if (value === 0 || value === 1) return value === 1;
    if (typeof value === "string" && /^(true|false)$/i.test(value.trim()))
      return value.trim().toLowerCase() === "true";
    throw invalid(name, "True or False", value);
  }
}

function invalid(name: string, expected: string, value: unknown): ToolFailure {
  return new ToolFailure(`The ${name} argument must be ${expected}, not ${JSON.stringify(value)}.`, {
    code: "sandbox/invalid-argument",
    context: { parameter: name },
  });
}
