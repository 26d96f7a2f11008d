import type { Intent } from "../Intent.js";
import type { IntentContext, TemplateSet } from "../IntentContext.js";
import { placeName } from "../pools/placeName.js";

const OPEN: TemplateSet = {
  train: [
    "{open}[show me|find|open|look up|pull up|search for|locate] {place} [on the map|in maps|on maps|in apple maps|]{close}",
    "where is {place}",
    "{open}[open|show] [maps|apple maps|the map] [for|at|to] {place}{close}",
    "{open}[show|find] {place} [on a map|in Maps]{close}",
    "map {place}",
  ],
  test: ["{open}drop a pin on {place}{close}", "{place} — where's that on the map"],
};

const DIRECTIONS: TemplateSet = {
  train: [
    "{open}[get|show me|give me|find] directions to {to}{from}{mode}{close}",
    "{open}[navigate|take me|route me|guide me] to {to}{from}{mode}{close}",
    "how do I get to {to}{from}{mode}",
    "{open}[show|plan] [the|a] route to {to}{from}{mode}{close}",
    "directions to {to}{from}{mode}",
    "[I need|I want|I have] to get to {to}{from}{mode}",
  ],
  test: [
    "{open}what's the best way to {to}{from}{mode}{close}",
    "{open}help me reach {to}{from}{mode}{close}",
  ],
};

const MODES: Readonly<Record<string, readonly string[]>> = {
  d: [" by car", " driving", ", driving", " in the car", " by driving"],
  w: [" walking", " on foot", " by foot", ", walking", " as a walk"],
  r: [
    " by transit",
    " by public transport",
    " by train",
    " by bus",
    " on the subway",
    " using public transit",
    " by metro",
    " on public transportation",
  ],
};

/** The transport argument and how the query says it; unstated means driving ("d"), the tool's default. */
export function transportPart(context: IntentContext): { text: string; mode: string } {
  const mode = context.random.weighted<string>([
    ["", 4],
    ["d", 1.5],
    ["w", 2],
    ["r", 2],
  ]);
  if (mode === "") return { text: "", mode: "d" };
  return { text: context.random.pick(MODES[mode] ?? []), mode };
}

/** A place opened in Maps, or directions to it, from here or from a named start, by car, foot or transit. */
export const mapsIntent: Intent = {
  name: "maps",
  weight: 7,
  compose(context) {
    const place = context.cased(placeName(context.random, context.pools));
    if (context.random.chance(0.4)) {
      context.plan.call("maps_open_location", [place]);
      return context.expand(OPEN, { place });
    }
    const start = context.random.chance(0.3) ? context.cased(placeName(context.random, context.pools)) : "";
    const transport = transportPart(context);
    context.plan.call("maps_show_directions", [start, place, transport.mode]);
    const from =
      start === ""
        ? []
        : [
            { text: " from ", protected: false },
            { text: start, protected: true },
          ];
    return context.expand(DIRECTIONS, {
      to: place,
      from,
      mode: [{ text: transport.text, protected: false }],
    });
  },
};
