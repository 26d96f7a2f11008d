import { quotePlus } from "./quotePlus.js";

/** The URL the reference opens for `maps_open_location` (spec §1.3 #9). */
export function mapsLocationUrl(location: string): string {
  return `https://maps.apple.com/?q=${quotePlus(location)}`;
}

/**
 * The URL the reference opens for `maps_show_directions` (spec §1.3 #10): `saddr` only when a
 * start is given (else Maps uses the current location); a transport other than d, w or r means
 * driving.
 */
export function mapsDirectionsUrl(start: string, end: string, transport: string): string {
  const flag = transport === "w" || transport === "r" ? transport : "d";
  const from = start.length > 0 ? `saddr=${quotePlus(start)}&` : "";
  return `https://maps.apple.com/?${from}daddr=${quotePlus(end)}&dirflg=${flag}`;
}
