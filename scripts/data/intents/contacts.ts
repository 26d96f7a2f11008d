import type { IntentContext } from "../IntentContext.js";
import type { StepRef } from "../PlanBuilder.js";
import { emailAddress, phoneNumber } from "../pools/contactHandles.js";
import { personNames } from "../pools/personName.js";

/** People as a query names them ("Sid, Anna and Bo") and what the plan passes for them. */
export interface ContactList {
  readonly text: string;
  /** Lookup results, or the number / address itself when the user typed it. */
  readonly refs: readonly (StepRef | string)[];
  readonly names: readonly string[];
}

/** "Sid", "Sid and Anna", "Sid, Anna and Bo", "Sid, Anna, and Bo", "Sid & Anna". */
export function joinNames(context: IntentContext, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  const last = names.at(-1);
  const head = names.slice(0, -1).join(", ");
  const and = context.random.weighted<string>([
    [" and ", 8],
    [names.length > 2 ? ", and " : " and ", 2],
    [" & ", 1],
    [" + ", 0.3],
  ]);
  return `${head}${and}${last}`;
}

/** How many people a group request names: mostly one, often two or three, sometimes four. */
export function groupSize(context: IntentContext, max = 4): number {
  return Math.min(
    max,
    context.random.weighted<number>([
      [1, 10],
      [2, 6],
      [3, 3],
      [4, 1],
    ]),
  );
}

/**
 * `count` contacts to reach by `kind`: each a name looked up first (`get_phone_number` before an SMS,
 * `get_email_address` before an email or invite), or now and then a number or address typed as is.
 */
export function contacts(
  context: IntentContext,
  kind: "phone" | "email",
  count: number,
  options: { readonly typed?: number; readonly names?: readonly string[] } = {},
): ContactList {
  const names =
    options.names ?? personNames(context.random, context.pools, count).map((name) => context.cased(name));
  const tool = kind === "phone" ? "get_phone_number" : "get_email_address";
  const shown: string[] = [];
  const refs = names.map((name) => {
    if (context.random.chance(options.typed ?? 0)) {
      const handle =
        kind === "phone"
          ? phoneNumber(context.random)
          : context.cased(emailAddress(context.random, context.pools));
      shown.push(handle);
      return handle;
    }
    shown.push(name);
    return context.plan.call(tool, [name]);
  });
  return { text: joinNames(context, shown), refs, names: shown };
}
