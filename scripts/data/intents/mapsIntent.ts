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
    "could you look {place} up [in Maps|on the map|in Apple Maps] for me",
    "can you [bring up|display] {place} [in Maps|on a map]",
    "[I need|I want|I'd like] to [check|view|look at] where {place} is[ on the map| in Maps|]{close}",
    "{open}[center|zoom] the map on {place}{close}",
    "{open}[search|check] [Maps|Apple Maps|the Maps app] for {place}{close}",
    "{open}show me where {place} is[ on the map|]{close}",
    "{open}[give me|show me|pull up] the location of {place}[ in Maps|]{close}",
    "where [exactly |]is {place} located",
    "[wheres|where is] {place} at",
    "whereabouts is {place}",
    "{place} in [Maps|Apple Maps|the map app][ please|]",
    "maps[:|,] {place}",
    "I've never been to {place}[,|;] [show me|pull up] [the spot|where it is] [on the map|in Maps]",
    "I'm [meeting someone at|going to|headed to] {place}[,|;] [show me|bring up] [where it is|the area] [on a map|in Maps]",
    "{open}pull {place} up [in Maps|on the map|in Apple Maps]{close}",
    "{open}[look up|find] the address of {place} [in Maps|on the map]{close}",
    "[I would like|I'd like] to view the location of {place}[ in Apple Maps|]{close}",
    "{open}[open up|launch] [Maps|Apple Maps] [and show|and find|with] {place}{close}",
    "{open}[mark|flag] {place} on the map{close}",
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
    "directions{from} to {to}{mode}[ please|]",
    "{to}[:|,] directions{from}{mode}[ please|]",
    "can you [get|find|pull up] [me |][a route|directions] to {to}{from}{mode}",
    "could you [plan|work out] [a|the] route to {to}{from}{mode} for me",
    "I'm [heading|going|off] to {to}{from}{mode}[,| —] [show me|give me|I need] the route",
    "{open}[start|begin] [navigation|turn-by-turn directions|navigating] to {to}{from}{mode}{close}",
    "which way [to|is it to] {to}{from}{mode}",
    "{open}[plot|map out|figure out] a route to {to}{from}{mode}{close}",
    "I [have to|gotta|need to] [be at|go to|head to] {to}{from}{mode}[,|;] [how do I get there|give me directions|which route do I take]",
    "{open}get me to {to}{from}{mode}{close}",
    "{open}[open|launch] [Maps|Apple Maps] and [route|direct|guide] me to {to}{from}{mode}{close}",
    "how [can|would|should] I [travel|go] to {to}{from}{mode}",
    "[meeting|seeing] [a friend|someone|my sister|a client] at {to}[,|;] [I need|need|get me] directions{from}{mode}",
    "{open}[provide|display] [directions|a route] to {to}{from}{mode}{close}",
    "so I [need to|gotta] go to {to}{from}{mode} [can you|could you] [pull up|bring up] [directions|the route]",
    "[nav|route] to {to}{from}{mode}",
    "{open}use [Maps|Apple Maps] to [get|find] directions to {to}{from}{mode}{close}",
    "{open}[work out|look up] [my|the] route to {to}{from}{mode}{close}",
    "{open}[what's|what is] the [fastest|quickest|easiest] route to {to}{from}{mode}{close}",
    "{open}I'm trying to get to {to}{from}{mode}{close}",
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
