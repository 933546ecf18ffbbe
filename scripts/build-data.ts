/**
 * `npm run data`: compiles data/ into public/data/. `--check`: compiles in memory
 * and fails if the committed output differs (someone edited data/ and forgot).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { basemapOutputs } from './data/basemap.ts';
import { DataError, withdrawalOutputs } from './data/withdrawal.ts';

const check = process.argv.includes('--check');

function main(): number {
  let outputs: { path: string; content: string }[];
  try {
    outputs = [...basemapOutputs(), ...withdrawalOutputs()];
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`The data in data/ has problems; nothing was written:\n${error.message}`);
      return 1;
    }
    throw error;
  }
  const stale: string[] = [];
  for (const { path, content } of outputs) {
    let current: string | null = null;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = null;
    }
    if (current === content) continue;
    if (check) stale.push(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      console.log(`wrote ${path} (${content.length} bytes)`);
    }
  }
  if (check && stale.length) {
    console.error(
      `Stale compiled data: ${stale.join(', ')}.\nRun "npm run data" and commit the result.`,
    );
    return 1;
  }
  console.log(
    check ? `public/data/ is up to date (${outputs.length} files).` : 'public/data/ is up to date.',
  );
  return 0;
}

process.exit(main());
