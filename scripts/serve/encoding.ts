/**
 * Which copy of a file to send, from the request's `Accept-Encoding` and the
 * compressed copies the build wrote beside it, as static hosts choose: Brotli if
 * the browser takes it, else gzip, else the file as it is.
 */

export type Encoding = 'br' | 'gzip' | 'identity';

/** The file name endings of each encoding's copy. */
export const ENCODING_SUFFIX: Record<Exclude<Encoding, 'identity'>, string> = {
  br: '.br',
  gzip: '.gz',
};

/** The codings a request accepts, with their quality (`q=0` means refused). */
export function acceptedEncodings(header: string | undefined): Map<string, number> {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    accepted.set(name, Number.isFinite(quality) ? quality : 0);
  }
  return accepted;
}

function accepts(accepted: Map<string, number>, coding: string): boolean {
  const quality = accepted.get(coding) ?? accepted.get('*');
  return quality !== undefined && quality > 0;
}

/** The encoding to send: the best one the browser accepts of those that exist. */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: ReadonlySet<Encoding>,
): Encoding {
  const accepted = acceptedEncodings(acceptEncoding);
  for (const encoding of ['br', 'gzip'] as const) {
    if (available.has(encoding) && accepts(accepted, encoding)) return encoding;
  }
  return 'identity';
}
