import { describe, expect, it } from "vitest";
import { renderProgress } from "./renderProgress.js";

describe("renderProgress", () => {
  it("shows received/total in MB, the floored percentage and the speed", () => {
    expect(
      renderProgress(
        { receivedBytes: 312_400_000, totalBytes: 668_000_000, bytesPerSecond: 12_300_000 },
        { label: "TinyAgent-1.1B" },
      ),
    ).toBe("TinyAgent-1.1B  312.4/668.0 MB  46%  12.3 MB/s");
  });

  it("switches to GB for large files and can draw a bar", () => {
    expect(
      renderProgress({ receivedBytes: 2_185_000_000, totalBytes: 4_370_000_000 }, { barWidth: 10 }),
    ).toBe("[#####-----]  2.19/4.37 GB  50%");
  });

  it("shows only the received amount when the total is unknown", () => {
    expect(renderProgress({ receivedBytes: 1_500_000, bytesPerSecond: 500_000 })).toBe("1.5 MB  0.5 MB/s");
  });
});
