/** What every generator returns, and how JSON is written so diffs stay readable. */

/** One file a generator writes under the repository root. */
export interface OutputFile {
  path: string;
  content: string;
}

/** A step of `npm run data`: reads data/ and returns the files it compiles. */
export type Generator = () => OutputFile[];

/** A failure a person can act on: the build prints the message and exits non-zero. */
export class DataError extends Error {}

/** 2-space JSON with a trailing newline. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
