import type { Intent } from "../Intent.js";
import type { IntentContext, TemplateSet } from "../IntentContext.js";
import type { SlotValue } from "../template.js";

const TEMPLATES: TemplateSet = {
  train: [
    "{open}what's the weather [like |][in {city}|today|tomorrow|this weekend|][|?]{close}",
    "will it rain [in {city}|tomorrow|today|this afternoon]",
    "{open}tell me a joke[ about {noun}|]{close}",
    "what is {a} [plus|minus|times|divided by|multiplied by] {b}",
    "what's {a} [+|-|x|*] {b}",
    "{open}search the web for {noun} {noun2}{close}",
    "google {noun} {noun2}",
    "{open}look up {noun} recipes online{close}",
    "[who is the president|what's the capital|what's the population] of {country}",
    "{open}translate [the word |]{noun} [into|to] {language}{close}",
    "{open}play [some |]{genre} [music|on spotify]{close}",
    "{open}turn [on|off] [wifi|bluetooth|do not disturb|dark mode|the lights]{close}",
    "{open}set [the|my] volume to {a} percent{close}",
    "how many [cups|grams|ounces|teaspoons] [are ]in a [pound|liter|gallon|kilo]",
    "{open}book a [flight|hotel|train] to {city}{close}",
    "{open}order [a pizza|sushi|groceries|an uber]{close}",
    "what's the stock price of {company}",
    "{open}recommend a [movie|book|podcast|show] about {noun}{close}",
    "{open}write [me |]a [poem|haiku|limerick] about {noun}{close}",
    "convert {a} [dollars|euros|pounds] to [euros|yen|dollars|pesos]",
    "[define {noun}|what does {noun} mean|what is a {noun}]",
    "{open}[flip a coin|roll a die|pick a random number]{close}",
    "how [far|big|old] is {landmark}",
    "{open}[take a screenshot|empty the trash|restart my mac|lock my screen]{close}",
    "what's the meaning of life",
    "[how are you|who made you|are you a robot]",
  ],
  test: [
    "{open}what's the forecast for {city}{close}",
    "{open}crack a joke about {noun}{close}",
    "calculate {a} [times|plus] {b}",
    "{open}find me news about {noun}{close}",
    "{open}shut down my [mac|computer]{close}",
    "is it going to snow in {city}",
    "{open}sing me a song about {noun}{close}",
    "how do you say {noun} in {language}",
  ],
};

const COUNTRIES = [
  "France",
  "Japan",
  "Brazil",
  "Kenya",
  "Canada",
  "Norway",
  "India",
  "Mexico",
  "Türkiye",
  "Vietnam",
  "Peru",
  "Poland",
  "Ghana",
  "Chile",
  "Iceland",
];
const LANGUAGES = [
  "Spanish",
  "French",
  "German",
  "Japanese",
  "Turkish",
  "Swahili",
  "Korean",
  "Italian",
  "Polish",
  "Portuguese",
  "Hindi",
  "Dutch",
];
const GENRES = [
  "jazz",
  "lo-fi",
  "rock",
  "classical",
  "hip hop",
  "techno",
  "folk",
  "reggae",
  "k-pop",
  "ambient",
  "salsa",
  "blues",
];

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function slots(context: IntentContext): Record<string, SlotValue> {
  const { random, pools } = context;
  const noun = context.cased(pools.noun(random));
  return {
    city: context.cased(pools.city(random)),
    noun,
    noun2: context.cased(pools.noun(random)),
    a: String(random.int(2, 999)),
    b: String(random.int(2, 99)),
    country: context.cased(random.pick(COUNTRIES)),
    language: context.cased(random.pick(LANGUAGES)),
    genre: random.pick(GENRES),
    company: context.cased(
      `${capitalize(pools.noun(random))} ${random.pick(["Inc", "Corp", "Labs", "Group"])}`,
    ),
    landmark: context.cased(pools.landmark(random)),
  };
}

/**
 * Requests no tool can do (weather, jokes, arithmetic, web search, device control): the plan is just
 * `1. join()<END_OF_PLAN>`, so the joiner answers that it cannot help.
 */
export const noToolIntent: Intent = {
  name: "no-tool",
  weight: 6,
  compose(context) {
    return context.expand(TEMPLATES, slots(context), { spare: true });
  },
};
