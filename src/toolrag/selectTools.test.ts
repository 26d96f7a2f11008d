import { describe, expect, it } from "vitest";
import { BUILTIN_TOOL_NAMES, ToolRegistry } from "../tools/index.js";
import { NO_TOOL_LABEL } from "./noToolLabel.js";
import { selectTools } from "./selectTools.js";

/** Scores in the reference label order: the named tools get their score, every other tool 0.01. */
function scores(named: Record<string, number>): number[] {
  return BUILTIN_TOOL_NAMES.map((name) => named[name] ?? 0.01);
}

function withWeatherTool(): ToolRegistry {
  const registry = new ToolRegistry();
  registry.register({
    name: "get_weather_forecast",
    app: "weather",
    risk: "read",
    params: [{ name: "city", type: "str", nullable: false, kind: "location" }],
    bullets: ["Returns the weather forecast (temperature, rain) for a city."],
    handler: async () => "sunny",
  });
  return registry;
}

describe("selectTools", () => {
  it("keeps the tools scored strictly above the threshold, in prompt order", () => {
    const selection = selectTools({
      query: "Text Sid that I'm late",
      labels: BUILTIN_TOOL_NAMES,
      scores: scores({ send_sms: 0.98, get_phone_number: 0.9, create_note: 0.5 }),
      registry: new ToolRegistry(),
    });
    expect(selection.tools.map((tool) => tool.name)).toEqual(["get_phone_number", "send_sms"]);
    expect(selection.fallback).toBe(false);
    expect(selection.scores.send_sms).toBe(0.98);
    expect(Object.keys(selection.scores)).toHaveLength(16);
  });

  it("honours a custom threshold", () => {
    const input = {
      query: "Note where Pier 39 is",
      labels: BUILTIN_TOOL_NAMES,
      scores: scores({ create_note: 0.98, maps_open_location: 0.3 }),
      registry: new ToolRegistry(),
    };
    expect(selectTools(input).tools.map((tool) => tool.name)).toEqual(["create_note"]);
    expect(selectTools({ ...input, threshold: 0.2 }).tools.map((tool) => tool.name)).toEqual([
      "maps_open_location",
      "create_note",
    ]);
  });

  it("fills a selection with the best runners-up up to minTools, only when something passed", () => {
    const select = (named: Record<string, number>, minTools: number, registry = new ToolRegistry()) =>
      selectTools({ query: "…", labels: BUILTIN_TOOL_NAMES, scores: scores(named), registry, minTools });
    const named = { create_note: 0.9, maps_open_location: 0.3, maps_show_directions: 0.2 };
    expect(select(named, 0).tools.map((tool) => tool.name)).toEqual(["create_note"]);
    expect(select(named, 2).tools.map((tool) => tool.name)).toEqual(["maps_open_location", "create_note"]);
    expect(select(named, 3).tools.map((tool) => tool.name)).toEqual([
      "maps_open_location",
      "maps_show_directions",
      "create_note",
    ]);
    // A runner-up from a disabled app is never one of them.
    const notesAndContacts = new ToolRegistry().forApps(["notes", "contacts"]);
    expect(
      select({ ...named, get_email_address: 0.1 }, 2, notesAndContacts).tools.map((tool) => tool.name),
    ).toEqual(["get_email_address", "create_note"]);
    // Nothing over the threshold is still the fallback to every tool, whatever minTools says.
    const none = select({ create_note: 0.3 }, 4);
    expect(none.fallback).toBe(true);
    expect(none.tools).toHaveLength(16);
  });

  it("brings the lookups that a selected tool's required recipients and files need, when enabled", () => {
    const select = (named: Record<string, number>, registry = new ToolRegistry()) =>
      selectTools({ query: "…", labels: BUILTIN_TOOL_NAMES, scores: scores(named), registry }).tools.map(
        (tool) => tool.name,
      );
    expect(select({ send_sms: 0.9 })).toEqual(["get_phone_number", "send_sms"]);
    expect(select({ summarize_pdf: 0.9 })).toEqual(["open_and_get_file_path", "summarize_pdf"]);
    // Recipients are required; attachments and cc are optional and bring nothing.
    expect(select({ compose_new_email: 0.9 })).toEqual(["get_email_address", "compose_new_email"]);
    expect(select({ reply_to_email: 0.9 })).toEqual(["reply_to_email"]);
    expect(select({ create_note: 0.9 })).toEqual(["create_note"]);
    expect(select({ compose_new_email: 0.9 }, new ToolRegistry().forApps(["mail"]))).toEqual([
      "compose_new_email",
    ]);
  });

  it("requires the selected tools scored above the required threshold, in prompt order", () => {
    const select = (requiredThreshold?: number, registry = new ToolRegistry()) =>
      selectTools({
        query: "Text Sid and note it",
        labels: BUILTIN_TOOL_NAMES,
        scores: scores({ send_sms: 0.999, get_phone_number: 0.9961, create_note: 0.99 }),
        registry,
        ...(requiredThreshold === undefined ? {} : { requiredThreshold }),
      });
    expect(select().required).toEqual(["get_phone_number", "send_sms"]);
    expect(select(0.95).required).toEqual(["get_phone_number", "create_note", "send_sms"]);
    expect(select(1).required).toEqual([]);
    // A disabled tool is never offered, so never required.
    expect(select(undefined, new ToolRegistry().forApps(["contacts", "notes"])).required).toEqual([
      "get_phone_number",
    ]);
  });

  it("requires nothing when it falls back to every tool", () => {
    const selection = selectTools({
      query: "…",
      labels: BUILTIN_TOOL_NAMES,
      scores: scores({ send_sms: 0.4 }),
      registry: new ToolRegistry(),
      requiredThreshold: 0.3,
    });
    expect(selection.fallback).toBe(true);
    expect(selection.required).toEqual([]);
  });

  it("never selects a disabled tool, however sure the classifier is", () => {
    const registry = new ToolRegistry().forApps(["contacts", "mail"]);
    const selection = selectTools({
      query: "Text Sid that I'm late",
      labels: BUILTIN_TOOL_NAMES,
      scores: scores({ send_sms: 0.99, get_phone_number: 0.95 }),
      registry,
    });
    expect(selection.tools.map((tool) => tool.name)).toEqual(["get_phone_number"]);
    expect(selection.scores).not.toHaveProperty("send_sms");
  });

  it("falls back to every enabled tool when nothing passes the threshold, and says so", () => {
    const registry = new ToolRegistry().forApps(["notes", "sms"]);
    const selection = selectTools({
      query: "What's the meaning of life?",
      labels: BUILTIN_TOOL_NAMES,
      scores: scores({ get_phone_number: 0.97 }),
      registry,
    });
    expect(selection.fallback).toBe(true);
    expect(selection.tools.map((tool) => tool.name)).toEqual(registry.names());
  });

  it("selects a custom tool the classifier does not know when the query matches its description", () => {
    const selection = selectTools({
      query: "Will it rain in Berlin tomorrow? Text Sid the forecast",
      labels: BUILTIN_TOOL_NAMES,
      scores: scores({ send_sms: 0.99, get_phone_number: 0.99 }),
      registry: withWeatherTool(),
    });
    expect(selection.tools.map((tool) => tool.name)).toEqual([
      "get_phone_number",
      "send_sms",
      "get_weather_forecast",
    ]);
    expect(selection.scores).not.toHaveProperty("get_weather_forecast");
  });

  it("leaves a custom tool out when the query shares only stop words with it", () => {
    const selection = selectTools({
      query: "Text Sid that I am on the way",
      labels: BUILTIN_TOOL_NAMES,
      scores: scores({ send_sms: 0.99, get_phone_number: 0.99 }),
      registry: withWeatherTool(),
    });
    expect(selection.tools.map((tool) => tool.name)).toEqual(["get_phone_number", "send_sms"]);
  });

  it("a matched custom tool alone is a selection, not a fallback", () => {
    const selection = selectTools({
      query: "weather in Paris",
      labels: BUILTIN_TOOL_NAMES,
      scores: scores({}),
      registry: withWeatherTool(),
    });
    expect(selection.fallback).toBe(false);
    expect(selection.tools.map((tool) => tool.name)).toEqual(["get_weather_forecast"]);
  });

  it("uses a classifier's scores for a custom tool it was trained on", () => {
    const selection = selectTools({
      query: "weather in Paris",
      labels: [...BUILTIN_TOOL_NAMES, "get_weather_forecast"],
      scores: [...scores({ maps_open_location: 0.8 }), 0.1],
      registry: withWeatherTool(),
    });
    expect(selection.tools.map((tool) => tool.name)).toEqual(["maps_open_location"]);
    expect(selection.scores.get_weather_forecast).toBe(0.1);
  });

  describe("with a classifier that can say no tool serves the request", () => {
    const LABELS = [...BUILTIN_TOOL_NAMES, NO_TOOL_LABEL];
    const select = (
      named: Record<string, number>,
      noTool: number,
      registry = new ToolRegistry(),
      query = "Tell me a joke",
    ) => selectTools({ query, labels: LABELS, scores: [...scores(named), noTool], registry });

    it("offers no tool when it is sure of that and unsure of every tool", () => {
      const selection = select({}, 0.97);
      expect(selection.noTool).toBe(true);
      expect(selection.fallback).toBe(false);
      expect(selection.tools).toEqual([]);
      // The label is not a tool: it never shows up among the tools' scores.
      expect(selection.scores).not.toHaveProperty(NO_TOOL_LABEL);
      expect(Object.keys(selection.scores)).toHaveLength(16);
    });

    it("falls back to every tool instead when some tool scores a little, or it is not sure", () => {
      // A tool just under the threshold but above 0.05: an unfamiliar request, not a joke.
      const unsure = select({ maps_open_location: 0.2 }, 0.95);
      expect(unsure.noTool).toBe(false);
      expect(unsure.fallback).toBe(true);
      expect(unsure.tools).toHaveLength(16);
      expect(select({}, 0.5).fallback).toBe(true);
    });

    it("lets a selected tool win over a confident no-tool score", () => {
      const selection = select({ send_sms: 0.9 }, 0.9);
      expect(selection.noTool).toBe(false);
      expect(selection.tools.map((tool) => tool.name)).toEqual(["get_phone_number", "send_sms"]);
    });

    it("offers a custom tool the query matches rather than none", () => {
      const selection = select({}, 0.99, withWeatherTool(), "weather in Paris");
      expect(selection.noTool).toBe(false);
      expect(selection.tools.map((tool) => tool.name)).toEqual(["get_weather_forecast"]);
    });

    it("falls back to every tool, custom ones included, when a custom tool is enabled but unmatched", () => {
      // The classifier never saw the custom tool: "no tool" from it may mean "no built-in tool".
      const selection = select({}, 0.99, withWeatherTool());
      expect(selection.noTool).toBe(false);
      expect(selection.fallback).toBe(true);
      expect(selection.tools.map((tool) => tool.name)).toContain("get_weather_forecast");
    });

    it("judges only enabled tools: a disabled app's score cannot veto no tool", () => {
      const selection = select({ send_sms: 0.3 }, 0.95, new ToolRegistry().forApps(["notes"]));
      expect(selection.noTool).toBe(true);
      expect(selection.tools).toEqual([]);
    });
  });

  it("never says no tool for a classifier without that label", () => {
    const selection = selectTools({
      query: "Tell me a joke",
      labels: BUILTIN_TOOL_NAMES,
      scores: scores({}),
      registry: new ToolRegistry(),
    });
    expect(selection.noTool).toBe(false);
    expect(selection.fallback).toBe(true);
  });
});
