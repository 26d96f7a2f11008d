import { createHash, type Hash } from "node:crypto";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { AbortError, TinyAgentError } from "../../base/index.js";
import type { DownloadableModel, DownloadProgress, ModelEntry } from "../models/index.js";
import { hashFile } from "./hashFile.js";
import { modelPath } from "./modelPath.js";
import { networkErrorCode } from "./networkErrorCode.js";

export interface DownloadModelOptions {
  /** The user's models directory; created if missing. */
  readonly destinationDir: string;
  readonly fetch?: typeof globalThis.fetch;
  /** Cancels the download; the `.part` file stays for a later resume. */
  readonly signal?: AbortSignal;
  /** Called after every chunk written; throttle in the caller if redrawing is costly. */
  readonly onProgress?: (progress: DownloadProgress) => void;
}

/**
 * Downloads a catalog model into `destinationDir` and returns its path. Bytes go to `<file>.part`;
 * an existing `.part` is resumed with an HTTP Range request (a server that answers 200 instead of
 * 206 is restarted from zero). The exact size and SHA-256 are verified where the catalog knows
 * them, then the `.part` is renamed into place, so the final path never holds a partial or
 * unverified file. Errors (TinyAgentError): `models/checksum` (the `.part` is deleted),
 * `models/network` and `models/http` (the `.part` is kept for resuming), `models/disk`.
 * An installed model or an embedded one is returned as is.
 */
export async function downloadModel(entry: ModelEntry, options: DownloadModelOptions): Promise<string> {
  const finalPath = modelPath(entry, options.destinationDir);
  if (entry.embedded === true || (await sizeOf(finalPath)) !== undefined) return finalPath;
  await mkdir(options.destinationDir, { recursive: true });
  return new Download(entry, finalPath, options).run();
}

class Download {
  readonly #partPath: string;
  readonly #fetch: typeof globalThis.fetch;

  constructor(
    readonly entry: DownloadableModel,
    readonly finalPath: string,
    readonly options: DownloadModelOptions,
  ) {
    this.#partPath = `${finalPath}.part`;
    this.#fetch = options.fetch ?? globalThis.fetch;
  }

  async run(): Promise<string> {
    const { sizeBytes } = this.entry;
    let offset = (await sizeOf(this.#partPath)) ?? 0;
    if (sizeBytes !== null && offset > sizeBytes) offset = await this.#discardPart();
    if (sizeBytes !== null && offset === sizeBytes) return this.#finish(offset);

    let response = await this.#request(offset);
    if (response.status === 416) {
      // Range Not Satisfiable: either the .part is already whole, or it is not the file the server has.
      const total = parseContentRange(response.headers.get("content-range"))?.total;
      await response.body?.cancel();
      if (total !== undefined && total === offset) return this.#finish(offset);
      offset = await this.#discardPart();
      response = await this.#request(offset);
    }
    if (!response.ok) throw await this.#statusError(response);

    let totalBytes: number | undefined;
    const range =
      response.status === 206 ? parseContentRange(response.headers.get("content-range")) : undefined;
    if (response.status === 206 && range?.start === offset) {
      totalBytes = range.total;
    } else {
      // 200 (Range ignored) or a range that does not start where the .part ends: start over.
      offset = 0;
      const length = Number(response.headers.get("content-length") ?? Number.NaN);
      totalBytes = Number.isFinite(length) ? length : undefined;
      if (response.status === 206) {
        await response.body?.cancel();
        offset = await this.#discardPart();
        response = await this.#request(0);
        if (!response.ok) throw await this.#statusError(response);
        const restartedLength = Number(response.headers.get("content-length") ?? Number.NaN);
        totalBytes = Number.isFinite(restartedLength) ? restartedLength : undefined;
      }
    }
    totalBytes ??= sizeBytes ?? undefined;

    const hash = await this.#hashOfPart(offset);
    const received = await this.#receive(response, offset, totalBytes, hash);
    return this.#finish(received, hash);
  }

  async #request(offset: number): Promise<Response> {
    const headers: Record<string, string> = { "accept-encoding": "identity" };
    if (offset > 0) headers.range = `bytes=${offset}-`;
    try {
      return await this.#fetch(this.entry.url, { headers, signal: this.options.signal, redirect: "follow" });
    } catch (error) {
      throw this.#failure(error);
    }
  }

  /** Appends the body to the .part (truncating it when starting from zero); returns the .part's size. */
  async #receive(
    response: Response,
    offset: number,
    totalBytes: number | undefined,
    hash?: Hash,
  ): Promise<number> {
    if (response.body === null) throw this.#failure(new Error("empty response"));
    const file = await open(this.#partPath, offset > 0 ? "a" : "w").catch((error: unknown) => {
      throw this.#diskError(error);
    });
    const started = performance.now();
    let received = offset;
    try {
      for await (const chunk of response.body) {
        await file.write(chunk).catch((error: unknown) => {
          throw this.#diskError(error);
        });
        hash?.update(chunk);
        received += chunk.byteLength;
        const seconds = (performance.now() - started) / 1000;
        this.options.onProgress?.({
          receivedBytes: received,
          totalBytes,
          bytesPerSecond: seconds > 0 ? (received - offset) / seconds : undefined,
        });
      }
    } catch (error) {
      throw TinyAgentError.isInstance(error) ? error : this.#failure(error);
    } finally {
      await file.close();
    }
    if (totalBytes !== undefined && received < totalBytes) {
      throw this.#failure(new Error(`connection closed after ${received} of ${totalBytes} bytes`));
    }
    return received;
  }

  /** Verifies the complete .part and moves it into place. */
  async #finish(receivedBytes: number, hash?: Hash): Promise<string> {
    const { sizeBytes, sha256, name } = this.entry;
    if (sizeBytes !== null && receivedBytes !== sizeBytes) {
      await this.#discardPart();
      throw new TinyAgentError(
        "models/checksum",
        `The download of ${name} has ${receivedBytes} bytes, expected ${sizeBytes}; it was deleted. ` +
          `Run \`tinyagent models pull ${name}\` to try again.`,
        { context: { name, receivedBytes, sizeBytes } },
      );
    }
    if (sha256 !== null) {
      const digest = (hash ?? (await hashFile(this.#partPath, { signal: this.options.signal }))).digest(
        "hex",
      );
      if (digest !== sha256) {
        await this.#discardPart();
        throw new TinyAgentError(
          "models/checksum",
          `The download of ${name} is corrupt (SHA-256 ${digest}, expected ${sha256}); it was deleted. ` +
            `Run \`tinyagent models pull ${name}\` to try again.`,
          { context: { name, digest, sha256 } },
        );
      }
    }
    await rename(this.#partPath, this.finalPath);
    return this.finalPath;
  }

  /** A running hash of the bytes already in the .part (only when there is a checksum to verify). */
  async #hashOfPart(offset: number): Promise<Hash | undefined> {
    if (this.entry.sha256 === null) return undefined;
    const hash = createHash("sha256");
    return offset > 0 ? hashFile(this.#partPath, { hash, signal: this.options.signal }) : hash;
  }

  async #discardPart(): Promise<0> {
    await rm(this.#partPath, { force: true });
    return 0;
  }

  #failure(error: unknown): Error {
    if (this.options.signal?.aborted) return new AbortError();
    const { url, name } = this.entry;
    const reason = networkErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
    return new TinyAgentError(
      "models/network",
      `No network: download ${url} yourself and place the file at ${this.finalPath}, ` +
        `or run \`tinyagent models pull ${name}\` again to resume (${reason}).`,
      { cause: error, context: { name, url, finalPath: this.finalPath, partPath: this.#partPath } },
    );
  }

  async #statusError(response: Response): Promise<TinyAgentError> {
    await response.body?.cancel();
    const { url, name } = this.entry;
    return new TinyAgentError(
      "models/http",
      `Downloading ${name} failed: ${url} answered HTTP ${response.status}` +
        `${response.statusText ? ` ${response.statusText}` : ""}. ` +
        `Run \`tinyagent models pull ${name}\` later to resume, or download the file yourself and place it at ${this.finalPath}.`,
      { context: { name, url, status: response.status, finalPath: this.finalPath } },
    );
  }

  #diskError(error: unknown): TinyAgentError {
    return new TinyAgentError(
      "models/disk",
      `Could not write ${this.#partPath}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error, context: { partPath: this.#partPath } },
    );
  }
}

async function sizeOf(filePath: string): Promise<number | undefined> {
  try {
    return (await stat(filePath)).size;
  } catch {
    return undefined;
  }
}

/** Parses `Content-Range: bytes 100-199/1000` (start 100, total 1000); an unknown part (`*`) stays undefined. */
function parseContentRange(header: string | null): { start?: number; total?: number } | undefined {
  const match = header?.match(/^bytes\s+(?:(\d+)-\d+|\*)\/(\d+|\*)$/i);
  if (!match) return undefined;
  return {
    start: match[1] === undefined ? undefined : Number(match[1]),
    total: match[2] === "*" || match[2] === undefined ? undefined : Number(match[2]),
  };
}
