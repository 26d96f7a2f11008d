import type { Random } from "../Random.js";
import { EMAIL_DOMAINS } from "./misc.js";
import type { Pools } from "./Pools.js";

const ascii = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();

/** An email address typed straight into a query ("lena.fischer@gmail.com"): no lookup needed. */
export function emailAddress(random: Random, pools: Pools): string {
  const first = ascii(pools.firstName(random)) || "sam";
  const last = ascii(pools.lastName(random)) || "lee";
  const local = random.pick([
    `${first}.${last}`,
    `${first}${last}`,
    `${first[0]}${last}`,
    first,
    `${first}${random.int(1, 99)}`,
  ]);
  return `${local}@${random.pick(EMAIL_DOMAINS)}`;
}

/**
 * A phone number typed straight into a query, in the shapes people write them ("415-555-0134",
 * "(415) 555 0134", "+44 20 7946 0958"). Always 555 numbers or long international ones: no real
 * subscriber, and never a short number chrono could read as a time.
 */
export function phoneNumber(random: Random): string {
  const area = random.int(201, 989);
  const line = String(random.int(100, 199)).padStart(4, "0");
  return random.weighted<string>([
    [`${area}-555-${line}`, 4],
    [`(${area}) 555-${line}`, 3],
    [`+1 ${area} 555 ${line}`, 2],
    [`${area}555${line}`, 1],
    [`+44 20 7946 0${random.int(100, 999)}`, 1],
    [`+49 30 ${random.int(1000, 9999)} ${random.int(1000, 9999)}`, 1],
  ]);
}
