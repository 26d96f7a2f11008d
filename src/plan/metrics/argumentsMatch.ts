import type { SemanticKind, ToolParam } from "../../tools/index.js";
import type { PlanValue } from "../types.js";
import { foldText } from "./foldText.js";
import { dayOf, parseInstant } from "./parseInstant.js";
import { wordOverlapF1 } from "./wordOverlapF1.js";

/** Options for {@link argumentsMatch}. */
export interface ArgumentsMatchOptions {
  /** The call is all-day (`all_day` is True): dates compare by day, time of day ignored. */
  readonly allDay?: boolean;
  /** Resolves a bare `HH:MM` time onto this day. */
  readonly now?: Date;
}

/** Word-overlap F1 a free-text or title argument needs to count as matching. */
export const FREE_TEXT_THRESHOLD = 0.5;

const TEXT_KINDS: ReadonlySet<SemanticKind> = new Set(["free-text", "title"]);
const LIST_KINDS: ReadonlySet<SemanticKind> = new Set(["email-list", "phone-list", "file-path-list"]);
const REFERENCE = /^\$\d+$/;
const PHONE = /^\+?[\d\s().-]{7,}$/;

type Argument = PlanValue | undefined;

function isEmpty(value: Argument): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  return Array.isArray(value) && value.length === 0;
}

/** What the reference tools do with an empty value: priority 0, all_day False, transport 'd'. */
function withDefault(param: ToolParam, value: Argument): Argument {
  if (!isEmpty(value)) return value;
  if (param.kind === "priority") return 0;
  if (param.kind === "flag") return false;
  // The enum's first value is its default (maps_show_directions lists "d" first).
  if (param.kind === "enum" && param.values?.[0] !== undefined) return param.values[0];
  return value;
}

function canonical(value: Argument): string {
  if (typeof value === "string") return foldText(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  return JSON.stringify(value ?? null);
}

function normaliseElement(kind: SemanticKind, element: PlanValue): string {
  if (typeof element !== "string") return canonical(element);
  const trimmed = element.trim();
  if (REFERENCE.test(trimmed)) return trimmed;
  if (kind === "phone-list" && PHONE.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, "");
    // The reference prefixes "+1" to any number not starting with "+": 10 digits are a US number.
    return trimmed.startsWith("+") || digits.length !== 10 ? digits : `1${digits}`;
  }
  return foldText(trimmed);
}

function listElements(param: ToolParam, value: Argument): string[] {
  if (isEmpty(value)) return [];
  // A bare string is a one-element list: the reference wraps it and the prompt allows it.
  const elements = Array.isArray(value) ? value : [value as PlanValue];
  return elements
    .filter((element) => !isEmpty(element))
    .map((element) => normaliseElement(param.kind, element));
}

function listsMatch(param: ToolParam, predicted: Argument, gold: Argument): boolean {
  const predictedElements = listElements(param, predicted);
  const goldElements = listElements(param, gold);
  if (param.ordered) {
    return (
      predictedElements.length === goldElements.length &&
      predictedElements.every((element, index) => element === goldElements[index])
    );
  }
  const predictedSet = new Set(predictedElements);
  const goldSet = new Set(goldElements);
  return predictedSet.size === goldSet.size && [...predictedSet].every((element) => goldSet.has(element));
}

function datesMatch(predicted: PlanValue, gold: PlanValue, options: ArgumentsMatchOptions): boolean {
  if (typeof predicted !== "string" || typeof gold !== "string")
    return canonical(predicted) === canonical(gold);
  const predictedInstant = parseInstant(predicted, options);
  const goldInstant = parseInstant(gold, options);
  if (!predictedInstant || !goldInstant) return foldText(predicted) === foldText(gold);
  if (options.allDay || (predictedInstant.dateOnly && goldInstant.dateOnly)) {
    return dayOf(predictedInstant) === dayOf(goldInstant);
  }
  return predictedInstant.time === goldInstant.time;
}

function toInteger(value: PlanValue): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

function toBoolean(value: PlanValue): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^\s*(true|false)\s*$/i.test(value))
    return value.trim().toLowerCase() === "true";
  return undefined;
}

/**
 * Whether a predicted argument matches the gold one, by the parameter's semantic kind (the strict
 * metric's per-argument rule). Dates compare as instants (per day for all-day calls), names, paths,
 * locations and enums folded (trim, case, diacritics), recipient and attachment lists as sets of
 * normalised elements, ints and bools by value, titles and free text by word-overlap F1 ≥ 0.5.
 * For nullable parameters None, "" and [] are the same; None is 0 for a priority and False for a
 * flag. `undefined` stands for a missing argument and counts as None. `$N` references compare as
 * text, so the caller must first rewrite both sides into one numbering (strictSuccess does).
 */
export function argumentsMatch(
  param: ToolParam,
  predicted: Argument,
  gold: Argument,
  options: ArgumentsMatchOptions = {},
): boolean {
  if (LIST_KINDS.has(param.kind) || param.type === "list[str]" || param.type === "Sequence[str]") {
    return listsMatch(param, predicted, gold);
  }
  if (TEXT_KINDS.has(param.kind)) {
    const asText = (value: Argument) =>
      isEmpty(value) ? "" : typeof value === "string" ? value : canonical(value);
    return wordOverlapF1(asText(predicted), asText(gold)) >= FREE_TEXT_THRESHOLD;
  }
  const left = withDefault(param, predicted);
  const right = withDefault(param, gold);
  if (isEmpty(left) || isEmpty(right)) {
    if (!isEmpty(left) || !isEmpty(right)) return false;
    return param.nullable || canonical(left) === canonical(right);
  }
  // Both are non-empty from here on.
  const predictedValue = left as PlanValue;
  const goldValue = right as PlanValue;
  switch (param.kind) {
    case "datetime":
    case "date-or-datetime":
      return datesMatch(predictedValue, goldValue, options);
    case "duration-minutes":
    case "priority": {
      const predictedNumber = toInteger(predictedValue);
      return predictedNumber !== undefined && predictedNumber === toInteger(goldValue);
    }
    case "flag": {
      const predictedFlag = toBoolean(predictedValue);
      return predictedFlag !== undefined && predictedFlag === toBoolean(goldValue);
    }
    default:
      return canonical(predictedValue) === canonical(goldValue);
  }
}
