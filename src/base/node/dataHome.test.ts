import envPaths from "env-paths";
import { describe, expect, it } from "vitest";
import { dataHome } from "./dataHome.js";

describe("dataHome", () => {
  it("uses $TINYAGENT_HOME when set", () => {
    expect(dataHome({ TINYAGENT_HOME: "/tmp/tinyagent-home" })).toBe("/tmp/tinyagent-home");
  });

  it("falls back to the platform's app-data folder, without a suffix", () => {
    const folder = dataHome({});
    expect(folder).toBe(envPaths("TinyAgent", { suffix: "" }).data);
    expect(folder.endsWith("TinyAgent")).toBe(true);
    expect(folder).not.toContain("nodejs");
  });

  it("ignores an empty $TINYAGENT_HOME", () => {
    expect(dataHome({ TINYAGENT_HOME: "  " })).toBe(dataHome({}));
  });
});
