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
    "{open}[send|text] {who} [a map|a Maps|an Apple Maps] link [to|for] {place}{close}",
    "{open}share {place} with {who} [in Messages|over iMessage|by sms|in a text]{close}",
    "could you [send|text] the [address|location] of {place} to {who} [by text|in Messages|over sms] for me",
    "{who} [asked|asked me|wanted to know] where {place} is[,|;] [text|message] them the [location|address]",
    "[I need|I have|I want|I'd like] to [text|message] {who} the [location|address] of {place}[ in Messages|]{close}",
    "{open}[text|sms] the [location|address] of {place} to {who}{close}",
    "sms {who} the [loc|addy|spot] of {place}",
    "{open}make sure the [location|address] of {place} [goes to|is sent to] {who} [by text|over iMessage|in a text]{close}",
    "{who} [will meet me|will be joining me|can meet me] at {place}[,|;] [text|message] them the [location|address|map]",
    "{open}look up {place} in [Maps|Apple Maps], then [text|message] {who} the [result|location|address]{close}",
    "{open}[provide|supply] {who} with the location of {place} via text message{close}",
    "{open}shoot {who} [the location|the address|the addy] of {place} [over text|in a text|by sms]{close}",
    "{who} can't figure out where {place} is[,|;] [text|message] them the location",
    "text {who} the location of {place} so they [can meet me there|don't get lost]",
    "location of {place} [for|to] {who}[,|] [by|via] [text|sms|iMessage]",
  ],
  test: ["{open}let {who} know by text where to find {place}{close}"],
};

const LOCATION_BY_EMAIL: TemplateSet = {
  train: [
    "{open}[email|mail|send] {who} the [location|address|map] of {place}[| by email]{close}",
    "{open}[share|send] the location of {place} with {who} [by|via|over] email{close}",
    "{open}email {who} [a map of|a map link for|a Maps link to] {place}{close}",
    "{open}send an email to {who} with the [location|address] of {place}{close}",
    "{open}[write|compose] an email to {who} [with|containing|that has] the [location|address|map] of {place}{close}",
    "can you email {who} where {place} is",
    "could you [email|mail] the [address|location] of {place} to {who} for me",
    "[I want to|I have to|I'd like to] [email|mail] {who} the [location|address] of {place}{close}",
    "{who} asked me for the [location|address] of {place}[,|;] [email|mail] them [the map|a map link|the location]",
    "{open}find {place} in [Maps|Apple Maps], then [email|mail] {who} the [location|link]{close}",
    "{open}make sure the [location|address] of {place} [goes out to|is sent to] {who} [by email|in an email]{close}",
    "{open}[provide|furnish] {who} with the [address|location] of {place} by e-mail{close}",
    "{open}shoot {who} an email with [where {place} is|the address of {place}]{close}",
    "[email|mail] {who}[:|,] [location|address|map] of {place}",
    "[location|address|map] of {place} [for|to] {who} [by|via] email",
    "[I'm meeting|I'm seeing|having lunch with] {who} at {place}[,|;] [email|mail] them the [location|address|map]",
    "{open}email the [map|location|address] of {place} to {who}[ in Mail|]{close}",
    "{open}email {who} where {place} is[ on the map|]{close}",
  ],
  test: ["{open}put {place} on a map and email it to {who}{close}"],
};

const DIRECTIONS_BY_SMS: TemplateSet = {
  train: [
    "{open}[text|send|message] {who} directions to {place}{mode}{close}",
    "{open}send {who} [a route|the way] to {place}{mode} [by text|in a message]{close}",
    "{open}[look up|pull up|find] directions to {place}{mode}, then [text|send|message] them to {who}{close}",
    "{who} [asked for|wanted] directions to {place}{mode}[,|;] [send them over|text them the route|text them]",
    "[I need|I want|I have|I'd like] to [text|send] {who} directions to {place}{mode}{close}",
    "{open}make sure [the directions to {place}{mode} go|the route to {place}{mode} goes] to {who} [by text|in a message]{close}",
    "{open}[sms|msg] {who} [the |]route to {place}{mode}{close}",
    "could you [message|text] {who} [the directions|the route|directions] to {place}{mode} for me",
    "{open}send {who} a text message with directions to {place}{mode}{close}",
    "{open}share [the|a] [route|directions] to {place}{mode} with {who} [in Messages|by text|over iMessage]{close}",
    "[meeting|seeing] {who} at {place}[,|;] [text|send] them [directions|the route] there{mode}",
    "directions to {place}{mode} for {who}[,|] [by text|via sms|in a text]",
    "text {who} directions to {place}{mode} so they don't get lost",
    "{open}[message|text] {who} the way to {place}{mode}{close}",
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
