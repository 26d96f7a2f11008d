import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TinyAgentError } from "../../base/index.js";
import type { DownloadableModel, DownloadProgress } from "../models/index.js";
import { downloadModel } from "./downloadModel.js";

const CONTENT = Buffer.from(Array.from({ length: 300_000 }, (_, index) => (index * 7919) % 251));
const SHA256 = createHash("sha256").update(CONTENT).digest("hex");

type Handler = (request: IncomingMessage, response: ServerResponse, index: number) => void;

let directory: string;
const servers: Server[] = [];

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "tinyagent-download-"));
});

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await rm(directory, { recursive: true, force: true });
});

async function startServer(handler: Handler): Promise<{ url: string; ranges: (string | undefined)[] }> {
  const ranges: (string | undefined)[] = [];
  const server = createServer((request, response) => {
    ranges.push(request.headers.range);
    handler(request, response, ranges.length - 1);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/models/test.gguf`, ranges };
}

/** Answers like a file server that supports `Range: bytes=N-`. */
function serveWithRanges(request: IncomingMessage, response: ServerResponse): void {
  const match = request.headers.range?.match(/^bytes=(\d+)-$/);
  if (!match) {
    response.writeHead(200, { "content-length": CONTENT.length });
    response.end(CONTENT);
    return;
  }
  const start = Number(match[1]);
  if (start >= CONTENT.length) {
    response.writeHead(416, { "content-range": `bytes */${CONTENT.length}` });
    response.end();
    return;
  }
  response.writeHead(206, {
    "content-length": CONTENT.length - start,
    "content-range": `bytes ${start}-${CONTENT.length - 1}/${CONTENT.length}`,
  });
  response.end(CONTENT.subarray(start));
}

/** Sends the headers and part of the body, then drops the connection. */
function serveHalfThenHangUp(_request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { "content-length": CONTENT.length });
  response.write(CONTENT.subarray(0, 100_000), () => {
    setTimeout(() => response.socket?.destroy(), 50);
  });
}

function entry(url: string, overrides: Partial<DownloadableModel> = {}): DownloadableModel {
  return {
    name: "test-model",
    description: "A test model.",
    license: "MIT",
    profile: "compact",
    kind: "planner",
    url,
    file: "test.gguf",
    sizeBytes: CONTENT.length,
    sha256: SHA256,
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<TinyAgentError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(TinyAgentError.isInstance(error)).toBe(true);
  return error as TinyAgentError;
}

describe("downloadModel", () => {
  it("keeps the .part when the connection drops, then resumes with Range and verifies the hash", async () => {
    const { url, ranges } = await startServer((request, response, index) =>
      index === 0 ? serveHalfThenHangUp(request, response) : serveWithRanges(request, response),
    );
    const model = entry(url);
    const finalPath = path.join(directory, "test.gguf");

    const error = await failure(downloadModel(model, { destinationDir: directory }));
    expect(error.code).toBe("models/network");
    expect(error.message).toContain(
      `No network: download ${url} yourself and place the file at ${finalPath}, ` +
        "or run `tinyagent models pull test-model` again to resume",
    );
    expect(existsSync(finalPath)).toBe(false);
    const kept = (await stat(`${finalPath}.part`)).size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(CONTENT.length);

    const progress: DownloadProgress[] = [];
    const installed = await downloadModel(model, {
      destinationDir: directory,
      onProgress: (update) => progress.push(update),
    });
    expect(installed).toBe(finalPath);
    expect(ranges).toEqual([undefined, `bytes=${kept}-`]);
    const written = await readFile(finalPath);
    expect(createHash("sha256").update(written).digest("hex")).toBe(SHA256);
    expect(existsSync(`${finalPath}.part`)).toBe(false);
    expect(progress.at(-1)).toMatchObject({ receivedBytes: CONTENT.length, totalBytes: CONTENT.length });
    expect(progress[0]?.receivedBytes).toBeGreaterThan(kept);
  });

  it("deletes a download whose checksum is wrong and installs nothing", async () => {
    const { url } = await startServer(serveWithRanges);
    const finalPath = path.join(directory, "test.gguf");
    const error = await failure(
      downloadModel(entry(url, { sha256: "0".repeat(64) }), { destinationDir: directory }),
    );
    expect(error.code).toBe("models/checksum");
    expect(existsSync(finalPath)).toBe(false);
    expect(existsSync(`${finalPath}.part`)).toBe(false);
  });

  it("treats a wrong size as a bad download", async () => {
    const { url } = await startServer(serveWithRanges);
    const model = entry(url, { sizeBytes: CONTENT.length + 1, sha256: null });
    const error = await failure(downloadModel(model, { destinationDir: directory }));
    expect(error.code).toBe("models/checksum");
    expect(existsSync(path.join(directory, "test.gguf.part"))).toBe(false);
  });

  it("starts over when the server ignores Range and sends the whole file", async () => {
    const { url, ranges } = await startServer((_request, response) => {
      response.writeHead(200, { "content-length": CONTENT.length });
      response.end(CONTENT);
    });
    const finalPath = path.join(directory, "test.gguf");
    await writeFile(`${finalPath}.part`, Buffer.alloc(1_000, 0xff));

    await downloadModel(entry(url), { destinationDir: directory });
    expect(ranges).toEqual(["bytes=1000-"]);
    expect((await readFile(finalPath)).equals(CONTENT)).toBe(true);
  });

  it("finishes a .part that is already whole when the server answers 416", async () => {
    const { url, ranges } = await startServer(serveWithRanges);
    const finalPath = path.join(directory, "test.gguf");
    await writeFile(`${finalPath}.part`, CONTENT);

    await downloadModel(entry(url, { sizeBytes: null }), { destinationDir: directory });
    expect(ranges).toEqual([`bytes=${CONTENT.length}-`]);
    expect((await readFile(finalPath)).equals(CONTENT)).toBe(true);
  });

  it("reports a server that cannot be reached, keeping what was downloaded", async () => {
    const { url } = await startServer(serveWithRanges);
    const server = servers.pop();
    await new Promise((resolve) => server?.close(resolve));
    const partPath = path.join(directory, "test.gguf.part");
    await writeFile(partPath, CONTENT.subarray(0, 10));

    const error = await failure(downloadModel(entry(url), { destinationDir: directory }));
    expect(error.code).toBe("models/network");
    expect(error.message).toContain("ECONNREFUSED");
    expect((await stat(partPath)).size).toBe(10);
    expect(existsSync(path.join(directory, "test.gguf"))).toBe(false);
  });

  it("reports an HTTP error status", async () => {
    const { url } = await startServer((_request, response) => {
      response.writeHead(404);
      response.end("Not here");
    });
    const error = await failure(downloadModel(entry(url), { destinationDir: directory }));
    expect(error.code).toBe("models/http");
    expect(error.message).toContain("HTTP 404");
  });

  it("stops on abort and keeps the .part", async () => {
    const { url } = await startServer((_request, response) => {
      response.writeHead(200, { "content-length": CONTENT.length });
      response.write(CONTENT.subarray(0, 50_000));
      // The rest never comes: only the abort ends the download.
    });
    const controller = new AbortController();
    const error = await failure(
      downloadModel(entry(url), {
        destinationDir: directory,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    );
    expect(error.code).toBe("base/aborted");
    expect(existsSync(path.join(directory, "test.gguf.part"))).toBe(true);
    expect(existsSync(path.join(directory, "test.gguf"))).toBe(false);
  });

  it("returns an installed model without downloading it again", async () => {
    const { url, ranges } = await startServer(serveWithRanges);
    await writeFile(path.join(directory, "test.gguf"), CONTENT);
    expect(await downloadModel(entry(url), { destinationDir: directory })).toBe(
      path.join(directory, "test.gguf"),
    );
    expect(ranges).toEqual([]);
  });
});
