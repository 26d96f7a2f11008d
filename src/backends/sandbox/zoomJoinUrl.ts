/**
 * The join URL of the sandbox's `counter`-th Zoom meeting: a 10-digit meeting number that looks
 * random but is a bijection of the counter (7 919 113 is coprime with 10^9), so links are
 * deterministic and distinct.
 */
export function zoomJoinUrl(counter: number): string {
  return `https://zoom.us/j/${8_000_000_000 + ((counter * 7_919_113) % 1_000_000_000)}`;
}
