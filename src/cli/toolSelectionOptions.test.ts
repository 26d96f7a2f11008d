import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../agent/index.js";
import { toolSelectionOptions, toolSelectorOptions } from "./toolSelectionOptions.js";
import { UsageError } from "./UsageError.js";

describe("toolSelectionOptions", () => {
  const settings = {
    ...DEFAULT_SETTINGS,
    toolRagThreshold: 0.3,
    toolRagMinTools: 2,
    toolRagRequiredThreshold: 0.99,
  };

  it("takes the settings' values unless a flag overrides them", () => {
    expect(toolSelectionOptions(settings)).toEqual({ threshold: 0.3, minTools: 2, requiredThreshold: 0.99 });
    expect(
      toolSelectionOptions(settings, { threshold: "0.05", "min-tools": "0", "required-threshold": "1" }),
    ).toEqual({ threshold: 0.05, minTools: 0, requiredThreshold: 1 });
  });

  it("refuses a threshold that is not a probability and a count that is not 0 to 16", () => {
    for (const threshold of ["0", "1", "1.5", "-0.1", "half", ""]) {
      expect(() => toolSelectionOptions(settings, { threshold }), threshold).toThrow(UsageError);
    }
    for (const count of ["-1", "2.5", "17", "many"]) {
      expect(() => toolSelectionOptions(settings, { "min-tools": count }), count).toThrow(
        /--min-tools must be a whole number from 0 to 16/,
      );
    }
    for (const value of ["0", "1.5", "never"]) {
      expect(() => toolSelectionOptions(settings, { "required-threshold": value }), value).toThrow(
        /--required-threshold must be a probability above 0 and at most 1 \(1: never\)/,
      );
    }
  });

  it("adds the --toolrag-model folder, resolved, for loadToolSelector", () => {
    expect(toolSelectorOptions(settings)).toEqual({ threshold: 0.3, minTools: 2, requiredThreshold: 0.99 });
    expect(toolSelectorOptions(settings, { "toolrag-model": "my-model", threshold: "0.6" })).toEqual({
      threshold: 0.6,
      minTools: 2,
      requiredThreshold: 0.99,
      folder: path.resolve("my-model"),
    });
  });
});
