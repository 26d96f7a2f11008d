import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Keeps DESIGN.md §3 true: folders import only in the allowed direction, other folders only
 * through their index.ts, plain-TS folders stay free of Node built-ins, and native modules live in
 * exactly one `node/` adapter each.
 */
const SRC = resolve(import.meta.dirname, "../src");

const ALLOWED: Record<string, readonly string[]> = {
  base: [],
  tools: ["base"],
  plan: ["base", "tools"],
  prompt: ["base", "tools", "plan"],
  executor: ["base", "tools", "plan"],
  planner: ["base", "tools", "plan", "prompt"],
  toolrag: ["base", "tools", "plan", "prompt"],
  speech: ["base", "tools", "plan", "prompt"],
  backends: ["base", "tools"],
  agent: ["base", "tools", "plan", "prompt", "executor", "planner", "toolrag", "speech", "backends"],
  cli: [
    "base",
    "tools",
    "plan",
    "prompt",
    "executor",
    "planner",
    "toolrag",
    "speech",
    "backends",
    "agent",
    "app",
  ],
  app: ["base", "tools", "plan", "prompt", "executor", "planner", "toolrag", "speech", "backends", "agent"],
};

/** Modules that load native code or spawn processes: only `node/` adapters may import them. */
const NATIVE =
  /^(node-llama-cpp|onnxruntime-node|@huggingface\/transformers|@napi-rs\/whisper|smart-whisper)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^"';]*?from\s*["']([^"']+)["']/g)].map(
    (match) => match[1] as string,
  );
  const dynamic = [...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1] as string);
  return [...specifiers, ...dynamic];
}

const files = sourceFiles(SRC).map((file) => {
  const parts = relative(SRC, file).split(sep);
  return { file, rel: parts.join("/"), folder: parts[0] as string, inNodeAdapter: parts.includes("node") };
});

describe("architecture", () => {
  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const { file, rel, folder, inNodeAdapter } of files) {
    it(`${rel} follows the dependency rule`, () => {
      const problems: string[] = [];
      for (const specifier of importsOf(file)) {
        if (specifier.startsWith(".")) {
          const target = relative(SRC, resolve(dirname(file), specifier)).split(sep);
          const targetFolder = target[0] as string;
          if (target[0] === ".." || targetFolder === folder) continue;
          if (!(ALLOWED[folder] ?? []).includes(targetFolder)) {
            problems.push(`${folder} may not import ${targetFolder} (${specifier})`);
          }
          const isComposition =
            folder === "cli" || (folder === "app" && target.join("/").startsWith("app/main"));
          const viaIndex = target.at(-1) === "index.js";
          if (!viaIndex && !(isComposition && target.includes("node"))) {
            problems.push(`import another folder through its index.ts: ${specifier}`);
          }
          if (folder === "agent" && !inNodeAdapter && target.includes("node")) {
            problems.push(`agent gets adapters injected, never imports them: ${specifier}`);
          }
        } else if (specifier.startsWith("node:")) {
          const plain = [
            "base",
            "tools",
            "plan",
            "prompt",
            "executor",
            "planner",
            "toolrag",
            "speech",
            "agent",
          ];
          if (plain.includes(folder) && !inNodeAdapter) problems.push(`plain-TS folder imports ${specifier}`);
          if (specifier === "node:child_process" && !rel.startsWith("backends/mac/")) {
            problems.push("only backends/mac may spawn processes");
          }
        } else if (NATIVE.test(specifier) && !inNodeAdapter) {
          problems.push(`native module ${specifier} outside a node/ adapter`);
        } else if (specifier === "electron" && !/^app\/(main|preload)\//.test(rel)) {
          problems.push("electron outside app/main and app/preload");
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
