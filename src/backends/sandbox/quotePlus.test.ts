import { describe, expect, it } from "vitest";
import { mapsDirectionsUrl, mapsLocationUrl } from "./mapsUrls.js";
import { quotePlus } from "./quotePlus.js";

// Expected values printed by CPython 3's urllib.parse.quote_plus.
const PYTHON: readonly [string, string][] = [
  ["Golden Gate Bridge", "Golden+Gate+Bridge"],
  ["Café de Flore & Co/1", "Caf%C3%A9+de+Flore+%26+Co%2F1"],
  ["1 Infinite Loop, Cupertino, CA 95014", "1+Infinite+Loop%2C+Cupertino%2C+CA+95014"],
  ["Joe's Pizza (NYC) *best*!", "Joe%27s+Pizza+%28NYC%29+%2Abest%2A%21"],
  ["東京タワー", "%E6%9D%B1%E4%BA%AC%E3%82%BF%E3%83%AF%E3%83%BC"],
  ["~a_b.c-d", "~a_b.c-d"],
  ["50%+ off=yes?#x", "50%25%2B+off%3Dyes%3F%23x"],
  ['Zoë\'s "place"', "Zo%C3%AB%27s+%22place%22"],
  ["😀", "%F0%9F%98%80"],
  ["a\tb\nc", "a%09b%0Ac"],
  ["", ""],
];

describe("quotePlus", () => {
  it.each(PYTHON)("encodes %j as Python does", (input, expected) => {
    expect(quotePlus(input)).toBe(expected);
  });
});

describe("Maps URLs", () => {
  it("builds the location URL", () => {
    expect(mapsLocationUrl("Café de Flore & Co/1")).toBe(
      "https://maps.apple.com/?q=Caf%C3%A9+de+Flore+%26+Co%2F1",
    );
  });

  it("omits saddr without a start and keeps the transport flag", () => {
    expect(mapsDirectionsUrl("", "San Francisco Airport", "r")).toBe(
      "https://maps.apple.com/?daddr=San+Francisco+Airport&dirflg=r",
    );
    expect(mapsDirectionsUrl("Home & Garden", "東京タワー", "w")).toBe(
      "https://maps.apple.com/?saddr=Home+%26+Garden&daddr=%E6%9D%B1%E4%BA%AC%E3%82%BF%E3%83%AF%E3%83%BC&dirflg=w",
    );
  });

  it("falls back to driving for any other transport", () => {
    for (const transport of ["", "x", "driving", "D"]) {
      expect(mapsDirectionsUrl("A", "B", transport)).toBe("https://maps.apple.com/?saddr=A&daddr=B&dirflg=d");
    }
  });
});
