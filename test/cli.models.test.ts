import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runCli } from "./support/runCli.js";

const CONTENT = Buffer.from(Array.from({ length: 300_000 }, (_, index) => (index * 7919) % 251));
const SHA256 = createHash("sha256").update(CONTENT).digest("hex");

let directory: string;
let home: string;
let modelsDir: string;
const servers: Server[] = [];

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "tinyagent-models-"));
  home = path.join(directory, "home");
  modelsDir = path.join(home, "models");
});

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await rm(directory, { recursive: true, force: true });
});

type Handler = (request: IncomingMessage, response: ServerResponse, index: number) => void;

/** A local file server; `ranges` records the Range header of every request. */
async function startServer(handler: Handler): Promise<{ url: string; ranges: (string | undefined)[] }> {
  const ranges: (string | undefined)[] = [];
  const server = createServer((request, response) => {
    ranges.push(request.headers.range);
    handler(request, response, ranges.length - 1);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/files/test.gguf`, ranges };
}

/** Answers like a file server that supports `Range: bytes=N-`. */
function serveWithRanges(request: IncomingMessage, response: ServerResponse): void {
  const start = Number(request.headers.range?.match(/^bytes=(\d+)-$/)?.[1] ?? 0);
  if (start === 0) {
    response.writeHead(200, { "content-length": CONTENT.length });
    response.end(CONTENT);
    return;
  }
  response.writeHead(206, {
    "content-length": CONTENT.length - start,
    "content-range": `bytes ${start}-${CONTENT.length - 1}/${CONTENT.length}`,
  });
  response.end(CONTENT.subarray(start));
}

/** Sends a third of the file, then drops the connection. */
function serveThirdThenHangUp(_request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { "content-length": CONTENT.length });
  response.write(CONTENT.subarray(0, 100_000), () => {
    setTimeout(() => response.socket?.destroy(), 50);
  });
}

interface CatalogOverrides {
  readonly url?: string;
  readonly sha256?: string | null;
}

/** Writes a catalog with one downloadable test model, the shipped-style 1.1B entry and an embedded model. */
async function writeCatalog({
  url = "http://127.0.0.1:9/none.gguf",
  sha256 = SHA256,
}: CatalogOverrides = {}) {
  await mkdir(path.join(directory, "catalog", "embedded"), { recursive: true });
  await writeFile(path.join(directory, "catalog", "embedded", "tiny.gguf"), Buffer.alloc(2_500_000));
  const catalog = {
    models: [
      {
        name: "test-model",
        description: "A test model.",
        url,
        file: "test.gguf",
        sizeBytes: CONTENT.length,
        sha256,
        license: "MIT",
        profile: "compact",
        kind: "planner",
      },
      {
        name: "TinyAgent-1.1B",
        description: "Planner.",
        url: "https://huggingface.co/squeeze-ai-lab/TinyAgent-1.1B-GGUF/resolve/main/TinyAgent-1.1B-Q4_K_M.gguf",
        file: "TinyAgent-1.1B-Q4_K_M.gguf",
        sizeBytes: null,
        approximateSizeBytes: 668_000_000,
        sha256: null,
        license: "MIT",
        profile: "tinyagent",
        kind: "planner",
      },
      {
        name: "tiny-planner",
        description: "Embedded planner.",
        embedded: true,
        path: "embedded/tiny.gguf",
        license: "Apache-2.0",
        profile: "compact",
        kind: "planner",
      },
    ],
  };
  const file = path.join(directory, "catalog", "models.json");
  await writeFile(file, JSON.stringify(catalog));
  return file;
}

function models(args: string[], catalog: string, options: { signal?: AbortSignal } = {}) {
  return runCli(["models", ...args, "--catalog", catalog], { env: { TINYAGENT_HOME: home }, ...options });
}

describe("tinyagent models list", () => {
  it("shows size, licence, profile and install state as text", async () => {
    const catalog = await writeCatalog();
    await mkdir(modelsDir, { recursive: true });
    await writeFile(path.join(modelsDir, "test.gguf"), CONTENT);

    const { code, stdout } = await models(["list"], catalog);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^NAME\s+KIND\s+PROFILE\s+SIZE\s+LICENSE\s+STATUS$/);
    expect(lines[1]).toMatch(
      new RegExp(
        `^test-model\\s+planner\\s+compact\\s+300\\.0 kB\\s+MIT\\s+installed  ${path.join(modelsDir, "test.gguf")}$`,
      ),
    );
    expect(lines[2]).toMatch(/^TinyAgent-1\.1B\s+planner\s+tinyagent\s+~668\.0 MB\s+MIT\s+not installed$/);
    expect(lines[3]).toMatch(
      /^tiny-planner\s+planner\s+compact\s+2\.5 MB\s+Apache-2\.0\s+embedded {2}.*tiny\.gguf$/,
    );
    expect(stdout).toContain(`Models folder: ${modelsDir}\n`);
  });

  it("prints the same facts as JSON", async () => {
    const catalog = await writeCatalog();
    await mkdir(modelsDir, { recursive: true });
    await writeFile(path.join(modelsDir, "TinyAgent-1.1B-Q4_K_M.gguf.part"), Buffer.alloc(1_000));

    const { code, stdout } = await models(["list", "--json"], catalog);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.modelsDir).toBe(modelsDir);
    expect(json.models).toEqual([
      expect.objectContaining({
        name: "test-model",
        embedded: false,
        size: "300.0 kB",
        sizeBytes: CONTENT.length,
        sha256: SHA256,
        installed: false,
        path: path.join(modelsDir, "test.gguf"),
        partialBytes: 0,
      }),
      expect.objectContaining({
        name: "TinyAgent-1.1B",
        kind: "planner",
        profile: "tinyagent",
        license: "MIT",
        size: "~668.0 MB",
        sizeBytes: null,
        approximateSizeBytes: 668_000_000,
        installed: false,
        partialBytes: 1_000,
      }),
      expect.objectContaining({
        name: "tiny-planner",
        embedded: true,
        url: null,
        installed: true,
        path: path.join(directory, "catalog", "embedded", "tiny.gguf"),
        sizeBytes: 2_500_000,
      }),
    ]);
  });
});

describe("tinyagent models path", () => {
  it("prints the path of an installed model", async () => {
    const catalog = await writeCatalog();
    await mkdir(modelsDir, { recursive: true });
    await writeFile(path.join(modelsDir, "test.gguf"), CONTENT);
    const { code, stdout, stderr } = await models(["path", "test-model"], catalog);
    expect(code).toBe(0);
    expect(stdout).toBe(`${path.join(modelsDir, "test.gguf")}\n`);
    expect(stderr).toBe("");
  });

  it("prints where a missing model goes and exits 1", async () => {
    const catalog = await writeCatalog();
    const { code, stdout, stderr } = await models(["path", "tinyagent-1.1b"], catalog);
    expect(code).toBe(1);
    const target = path.join(modelsDir, "TinyAgent-1.1B-Q4_K_M.gguf");
    expect(stdout).toBe(`${target}\n`);
    expect(stderr).toContain("TinyAgent-1.1B is not installed. Run `tinyagent models pull TinyAgent-1.1B`");
    expect(stderr).toContain(`place the file at ${target}`);
  });

  it("prints the models folder without a name", async () => {
    const { code, stdout } = await models(["path"], await writeCatalog());
    expect(code).toBe(0);
    expect(stdout).toBe(`${modelsDir}\n`);
  });

  it("lists the known names for an unknown one", async () => {
    const { code, stderr } = await models(["path", "TinyAgent-3B"], await writeCatalog());
    expect(code).toBe(2);
    expect(stderr).toContain(
      'Unknown model "TinyAgent-3B". Known models: test-model, TinyAgent-1.1B, tiny-planner.',
    );
  });
});

describe("tinyagent models pull", () => {
  it("downloads with progress and verifies the checksum", async () => {
    const { url } = await startServer(serveWithRanges);
    const catalog = await writeCatalog({ url });

    const { code, stdout, stderr } = await models(["pull", "test-model"], catalog);
    expect(code).toBe(0);
    const target = path.join(modelsDir, "test.gguf");
    expect(stdout).toBe(`Installed test-model at ${target} (size and SHA-256 verified).\n`);
    expect(stderr).toContain(`Downloading test-model (300.0 kB) from ${url}\n`);
    // stderr is not a terminal here: plain lines, no carriage returns or escape codes.
    expect(stderr).toContain("test-model  0.3/0.3 MB  100%");
    expect(stderr).not.toContain("\r");
    expect(stderr).not.toContain("\u001b");
    expect((await readFile(target)).equals(CONTENT)).toBe(true);
    expect(await readdir(modelsDir)).toEqual(["test.gguf"]);

    const again = await models(["pull", "test-model"], catalog);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`test-model is already installed at ${target}.\n`);
  });

  it("installs nothing when the checksum is wrong", async () => {
    const { url } = await startServer(serveWithRanges);
    const catalog = await writeCatalog({ url, sha256: "0".repeat(64) });

    const { code, stdout, stderr } = await models(["pull", "test-model"], catalog);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /tinyagent: The download of test-model is corrupt \(SHA-256 [0-9a-f]{64}, expected 0{64}\)/,
    );
    expect(await readdir(modelsDir)).toEqual([]);
  });

  it("resumes a download the server cut off", async () => {
    const { url, ranges } = await startServer((request, response, index) =>
      index === 0 ? serveThirdThenHangUp(request, response) : serveWithRanges(request, response),
    );
    const catalog = await writeCatalog({ url });
    const target = path.join(modelsDir, "test.gguf");

    const first = await models(["pull", "test-model"], catalog);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(
      `tinyagent: No network: download ${url} yourself and place the file at ${target}, ` +
        "or run `tinyagent models pull test-model` again to resume",
    );
    expect(existsSync(target)).toBe(false);
    const kept = (await stat(`${target}.part`)).size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(CONTENT.length);

    const second = await models(["pull", "test-model"], catalog);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain("Resuming after the");
    expect(ranges).toEqual([undefined, `bytes=${kept}-`]);
    expect((await readFile(target)).equals(CONTENT)).toBe(true);
    expect(existsSync(`${target}.part`)).toBe(false);
  });

  it("says what to do when there is no network, leaving no file behind", async () => {
    const { url } = await startServer(serveWithRanges);
    const server = servers.pop();
    await new Promise((resolve) => server?.close(resolve));
    const catalog = await writeCatalog({ url });

    const { code, stderr } = await models(["pull", "test-model"], catalog);
    expect(code).toBe(1);
    const message = stderr.split("\n").filter((line) => line.startsWith("tinyagent: "));
    expect(message).toHaveLength(1);
    expect(message[0]).toContain(
      `No network: download ${url} yourself and place the file at ${path.join(modelsDir, "test.gguf")}`,
    );
    expect(message[0]).toContain("ECONNREFUSED");
    expect(await readdir(modelsDir)).toEqual([]);
  });

  it("stops on Ctrl-C, keeping the partial download for the next pull", async () => {
    const { url } = await startServer((_request, response) => {
      response.writeHead(200, { "content-length": CONTENT.length });
      response.write(CONTENT.subarray(0, 50_000));
      // The rest never comes: only Ctrl-C ends this download.
    });
    const catalog = await writeCatalog({ url });
    const partPath = path.join(modelsDir, "test.gguf.part");
    const controller = new AbortController();

    const pull = models(["pull", "test-model"], catalog, { signal: controller.signal });
    await vi.waitFor(async () => expect((await stat(partPath)).size).toBeGreaterThan(0), { timeout: 10_000 });
    controller.abort();
    const { code, stderr } = await pull;
    expect(code).toBe(130);
    expect(stderr).toMatch(
      /Stopped\. Kept [\d.]+ kB in .*test\.gguf\.part; run `tinyagent models pull test-model` to resume\./,
    );
    expect(existsSync(partPath)).toBe(true);
    expect(existsSync(path.join(modelsDir, "test.gguf"))).toBe(false);
  });

  it("lists the known names for an unknown model", async () => {
    const { code, stderr } = await models(["pull", "nope"], await writeCatalog());
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown model "nope". Known models: test-model, TinyAgent-1.1B, tiny-planner.');
  });

  it("has nothing to download for an embedded model", async () => {
    const { code, stdout } = await models(["pull", "tiny-planner"], await writeCatalog());
    expect(code).toBe(0);
    expect(stdout).toContain("tiny-planner is embedded in TinyAgent: nothing to download");
  });
});

describe("tinyagent models with the built-in catalog", () => {
  it("lists the shipped TinyAgent models", async () => {
    const { code, stdout } = await runCli(["models", "list"], { env: { TINYAGENT_HOME: home } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^TinyAgent-1\.1B\s+planner\s+tinyagent\s+~668\.0 MB\s+MIT\s+not installed$/m);
    expect(stdout).toMatch(/^TinyAgent-7B\s+planner\s+tinyagent\s+~4\.37 GB\s+MIT\s+not installed$/m);
  });
});
