/**
 * The offline copy: the whole map in one HTML file, written by the build beside the
 * site (scripts/offline-copy.ts), with a small JSON that gives its size for the
 * Export menu.
 */
import * as v from 'valibot';

export const OFFLINE_COPY_FILE = 'minusma-withdrawal-map.html';
export const OFFLINE_COPY_INFO = 'data/offline-copy.json';

const OfflineCopyInfo = v.object({ file: v.string(), bytes: v.pipe(v.number(), v.integer()) });
export type OfflineCopyInfo = v.InferOutput<typeof OfflineCopyInfo>;

/** The file's name and size from the JSON the build wrote, or null if it is not that. */
export function parseOfflineCopyInfo(json: unknown): OfflineCopyInfo | null {
  const parsed = v.safeParse(OfflineCopyInfo, json);
  return parsed.success ? parsed.output : null;
}
