import type { Pools } from "./pools/Pools.js";
import type { Random } from "./Random.js";

/**
 * A few random content words in front of a request ("velvet harbor, text Ana …"), standing in for the
 * openers no list can anticipate ("be a dear and", "assistant,"). A small model trained only on known
 * openers reads an unknown one as a name or a title; trained with chatter it learns that words before
 * the request proper are not part of the plan. Always ends in a clear boundary, so no slot absorbs it.
 */
export function chatterOpener(random: Random, pools: Pools): string {
  const word = () => (random.chance(0.5) ? pools.noun(random) : pools.adjective(random));
  const words = Array.from({ length: random.int(1, 3) }, word).join(" ");
  return `${words}${random.pick([", ", " and ", ": ", " - ", ", so "])}`;
}
