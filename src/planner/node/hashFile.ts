import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";

/**
 * Feeds a file into a hash, streaming (model files are gigabytes), and returns the hash so more
 * bytes can follow: a resumed download hashes what it already has, then the new bytes as they come.
 */
export async function hashFile(
  filePath: string,
  { hash = createHash("sha256"), signal }: { hash?: Hash; signal?: AbortSignal } = {},
): Promise<Hash> {
  for await (const chunk of createReadStream(filePath, { signal })) hash.update(chunk as Buffer);
  return hash;
}
