import type { Random } from "../Random.js";
import type { Pools } from "./Pools.js";
import { BUSINESS_KINDS, STREET_KINDS } from "./places.js";

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A business ("Golden Olive Cafe", "Okafor's Bakery", "Blue Lantern Ramen"). */
export function businessName(random: Random, pools: Pools): string {
  const kind = random.pick(BUSINESS_KINDS);
  if (random.chance(0.35)) return `${pools.lastName(random)}'s ${kind}`;
  if (random.chance(0.3)) return `The ${capitalize(pools.noun(random))} ${kind}`;
  return `${capitalize(pools.adjective(random))} ${capitalize(pools.noun(random))} ${kind}`;
}

/** A street address; house numbers from 100 up, as "at 12 Main St" would read as noon. */
export function streetAddress(random: Random, pools: Pools): string {
  const street = random.chance(0.5) ? pools.lastName(random) : capitalize(pools.noun(random));
  const address = `${random.int(100, 4999)} ${street} ${random.pick(STREET_KINDS)}`;
  return random.chance(0.25) ? `${address}, ${pools.city(random)}` : address;
}

/** Any place a user asks Maps for or meets at: a business, a landmark, an address or a city. */
export function placeName(random: Random, pools: Pools): string {
  return random.weighted<() => string>([
    [() => businessName(random, pools), 4],
    [() => pools.landmark(random), 2],
    [() => streetAddress(random, pools), 2],
    [() => pools.city(random), 1],
  ])();
}
