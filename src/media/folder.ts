// The media store on Node: files in a folder (./data/media by default). Never imported from src/worker.ts.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { MediaStore } from "../domain/media.js";

export function folderMediaStore(dir: string): MediaStore {
  const path = (key: string) => join(dir, key.slice(0, 2), key);
  return {
    async put(key, bytes, contentType) {
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      await writeFile(path(key), bytes);
      await writeFile(`${path(key)}.type`, contentType);
    },
    async get(key) {
      try {
        const [bytes, contentType] = await Promise.all([readFile(path(key)), readFile(`${path(key)}.type`, "utf8")]);
        return { bytes: new Uint8Array(bytes), contentType };
      } catch {
        return null;
      }
    },
    async delete(key) {
      await rm(path(key), { force: true });
      await rm(`${path(key)}.type`, { force: true });
    },
  };
}

/** In memory, for tests. */
export function memoryMediaStore(): MediaStore {
  const files = new Map<string, { bytes: Uint8Array; contentType: string }>();
  return {
    put: async (key, bytes, contentType) => void files.set(key, { bytes, contentType }),
    get: async (key) => files.get(key) ?? null,
    delete: async (key) => void files.delete(key),
  };
}
