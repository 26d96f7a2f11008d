import { describe, expect, it } from "vitest";
import { hashString, Random } from "./Random.js";

describe("Random", () => {
  it("repeats its sequence for a seed and differs across seeds", () => {
    const draw = (seed: number) => {
      const random = new Random(seed);
      return Array.from({ length: 5 }, () => random.int(0, 1000));
    };
    const first = new Random(42);
    const again = new Random(42);
    const sequence = Array.from({ length: 20 }, () => first.next());
    expect(Array.from({ length: 20 }, () => again.next())).toEqual(sequence);
    expect(draw(1)).not.toEqual(draw(2));
  });

  it("gives each row its own stream", () => {
    expect(Random.forRow(1, "train", 5).next()).toBe(Random.forRow(1, "train", 5).next());
    expect(Random.forRow(1, "train", 5).next()).not.toBe(Random.forRow(1, "train", 6).next());
    expect(Random.forRow(1, "train", 5).next()).not.toBe(Random.forRow(1, "test", 5).next());
  });

  it("stays within bounds and covers them", () => {
    const random = new Random(7);
    const seen = new Set<number>();
    for (let index = 0; index < 2000; index += 1) {
      const value = random.int(3, 9);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(9);
      seen.add(value);
    }
    expect(seen.size).toBe(7);
  });

  it("draws by weight, never a zero-weight entry", () => {
    const random = new Random(3);
    const counts = { a: 0, b: 0, never: 0 };
    for (let index = 0; index < 4000; index += 1) {
      counts[
        random.weighted<keyof typeof counts>([
          ["a", 3],
          ["b", 1],
          ["never", 0],
        ])
      ] += 1;
    }
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.4);
    expect(counts.a / counts.b).toBeLessThan(3.6);
  });

  it("samples distinct items and hashes strings stably", () => {
    const sample = new Random(9).sample(["a", "b", "c", "d"], 3);
    expect(new Set(sample).size).toBe(3);
    expect(hashString("Sid")).toBe(hashString("Sid"));
    expect(hashString("Sid")).not.toBe(hashString("sid"));
  });
});
