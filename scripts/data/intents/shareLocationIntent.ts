import type { Intent } from "../Intent.js";
import type { TemplateSet } from "../IntentContext.js";
import { placeName } from "../pools/placeName.js";
import { contacts } from "./contacts.js";
import { transportPart } from "./mapsIntent.js";

const LOCATION_BY_SMS: TemplateSet = {
  train: [
    "{open}[text|send|message] {who} the [location|address|map link] [of|for] {place}{close}",
    "{open}[send|share] {place}'s location with {who} [by text|over sms|in a message]{close}",
    "{open}[text|message] {who} where {place} is{close}",
  ],
  test: ["{open}let {who} know by text where to find {place}{close}"],
};

const LOCATION_BY_EMAIL: TemplateSet = {
  train: [
    "{open}[email|mail|send] {who} the [location|address|map] of {place}[| by email]{close}",
    "{open}[share|send] the location of {place} with {who} [by|via|over] email{close}",
  ],
  test: ["{open}put {place} on a map and email it to {who}{close}"],
};

const DIRECTIONS_BY_SMS: TemplateSet = {
  train: [
    "{open}[text|send|message] {who} directions to {place}{mode}{close}",
    "{open}send {who} [a route|the way] to {place}{mode} [by text|in a message]{close}",
  ],
  test: ["{open}text {who} how to get to {place}{mode}{close}"],
};

/**
 * A place or route from Maps sent to people: the Maps result is the SMS text or the email's
 * context ("You MUST put a map location in the 'context' parameter").
 */
export const shareLocationIntent: Intent = {
  name: "share-location",
  weight: 3,
  compose(context) {
    const kind = context.random.weighted<string>([
      ["sms", 3],
      ["email", 3],
      ["directions", 2],
    ]);
    const who = contacts(context, kind === "email" ? "email" : "phone", context.random.chance(0.75) ? 1 : 2);
    const place = context.cased(placeName(context.random, context.pools));
    if (kind === "directions") {
      const transport = transportPart(context);
      const route = context.plan.call("maps_show_directions", ["", place, transport.mode]);
      context.plan.call("send_sms", [who.refs, route]);
      return context.expand(DIRECTIONS_BY_SMS, {
        who: who.text,
        place,
        mode: [{ text: transport.text, protected: false }],
      });
    }
    const location = context.plan.call("maps_open_location", [place]);
    if (kind === "email") {
      context.plan.call("compose_new_email", [who.refs, [], place, location, []]);
      return context.expand(LOCATION_BY_EMAIL, { who: who.text, place });
    }
    context.plan.call("send_sms", [who.refs, location]);
    return context.expand(LOCATION_BY_SMS, { who: who.text, place });
  },
};
