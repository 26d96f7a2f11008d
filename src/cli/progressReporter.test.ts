import { describe, expect, it } from "vitest";
import { progressReporter } from "./progressReporter.js";

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } };
}

describe("progressReporter", () => {
  it("redraws one terminal line at most once per interval, always drawing the end", () => {
    const { writes, stream } = recorder(true);
    let clock = 0;
    const reporter = progressReporter(stream, { label: "m", intervalMs: 100, now: () => clock });
    for (const received of [10, 20, 30]) {
      reporter.update({ receivedBytes: received * 1_000_000, totalBytes: 100_000_000 });
      clock += 40;
    }
    reporter.update({ receivedBytes: 100_000_000, totalBytes: 100_000_000 });
    reporter.end();
    expect(writes).toEqual([
      "\rm  [##------------------]  10.0/100.0 MB  10%\u001b[K",
      "\rm  [####################]  100.0/100.0 MB  100%\u001b[K",
      "\n",
    ]);
  });

  it("writes plain lines per 10 % when the stream is not a terminal", () => {
    const { writes, stream } = recorder(false);
    const reporter = progressReporter(stream, { label: "m" });
    for (let received = 1; received <= 25; received += 1) {
      reporter.update({ receivedBytes: received * 4_000_000, totalBytes: 100_000_000 });
    }
    reporter.end();
    expect(writes.join("")).not.toContain("\r");
    expect(writes.join("")).not.toContain("\u001b");
    expect(writes.map((line) => line.match(/\d+%/)?.[0])).toEqual([
      "4%",
      "12%",
      "20%",
      "32%",
      "40%",
      "52%",
      "60%",
      "72%",
      "80%",
      "92%",
      "100%",
    ]);
  });

  it("shows the last state when stopped between redraws", () => {
    const { writes, stream } = recorder(false);
    const reporter = progressReporter(stream);
    reporter.update({ receivedBytes: 1_000_000, totalBytes: 100_000_000 });
    reporter.update({ receivedBytes: 5_000_000, totalBytes: 100_000_000 });
    reporter.end();
    expect(writes).toEqual(["1.0/100.0 MB  1%\n", "5.0/100.0 MB  5%\n"]);
  });
});
