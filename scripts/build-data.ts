/**
 * `npm run data`: runs the generators of scripts/data/index.ts and writes their
 * files. `--check` compiles in memory and fails if a committed file differs (someone
 * edited data/ and forgot to rebuild). Bad input stops both with what to fix.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generators } from './data/index.ts';
import { DataError, type OutputFile } from './data/output.ts';

const check = process.argv.includes('--check');

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function main(): number {
  let outputs: OutputFile[];
  try {
    outputs = generators.flatMap((generate) => generate());
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`The data in data/ has problems; nothing was written:\n${error.message}`);
      return 1;
    }
    throw error;
  }
  const stale = outputs.filter(({ path, content }) => readOrNull(path) !== content);
  if (check) {
    if (stale.length) {
      console.error(
        `Stale compiled data: ${stale.map((file) => file.path).join(', ')} ${stale.length > 1 ? 'differ' : 'differs'} from what data/ compiles to.\nRun "npm run data" and commit the result.`,
      );
      return 1;
    }
    console.log(`Compiled data is up to date (${outputs.length} files).`);
    return 0;
  }
  for (const { path, content } of stale) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`wrote ${path} (${content.length} bytes)`);
  }
  console.log(`Compiled data is up to date (${outputs.length} files, ${stale.length} rewritten).`);
  return 0;
}

process.exit(main());
