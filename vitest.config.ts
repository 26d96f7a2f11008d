import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts"],
    // Model-dependent tests load native code; one fork keeps memory and CPU use predictable on 2 cores.
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
