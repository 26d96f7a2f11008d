import type { Random } from "../Random.js";
import type { Pools } from "./Pools.js";

const FAMILY = ["Mom", "Dad", "Grandma", "Grandpa", "Auntie", "Uncle Bob"];
const TITLES = ["Dr.", "Mr.", "Ms.", "Mrs.", "Prof."];

/**
 * A contact as a user names one: a given name (most often), a full name, "Dr. Okafor" or "Mom". Full
 * names mix a real and an invented half as often as not, so no pairing repeats.
 */
export function personName(random: Random, pools: Pools): string {
  const form = random.weighted<string>([
    ["first", 55],
    ["full", 38],
    ["title", 4],
    ["family", 3],
  ]);
  if (form === "first") return pools.firstName(random);
  if (form === "full") return `${pools.firstName(random)} ${pools.lastName(random)}`;
  if (form === "title") return `${random.pick(TITLES)} ${pools.lastName(random)}`;
  return random.pick(FAMILY);
}

/** `count` different contacts. */
export function personNames(random: Random, pools: Pools, count: number): string[] {
  const names: string[] = [];
  for (let attempt = 0; names.length < count && attempt < count * 10; attempt += 1) {
    const name = personName(random, pools);
    const first = name.split(" ")[0];
    if (!names.some((other) => other === name || other.split(" ")[0] === first)) names.push(name);
  }
  return names;
}
