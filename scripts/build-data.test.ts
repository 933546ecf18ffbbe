import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './tempFolder.testing.ts';

/** A copy of what the build reads and writes, in a temporary folder, to run it there. */
function workspace(): string {
  const root = tempFolder('minusma-build-');
  for (const path of ['data', 'public/data', 'scripts', 'src/domain'])
    cpSync(path, join(root, path), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  return root;
}

function build(root: string, ...args: string[]) {
  const tsx = resolve('node_modules/.bin/tsx');
  const run = spawnSync(tsx, ['scripts/build-data.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every output file's text and time of last write, by name. */
function outputs(root: string): Record<string, string> {
  const folder = join(root, 'public/data');
  return Object.fromEntries(
    readdirSync(folder).map((name) => {
      const path = join(folder, name);
      return [name, `${statSync(path).mtimeMs} ${readFileSync(path, 'utf8')}`];
    }),
  );
}

// Each case runs the build in a process of its own: seconds on a busy machine.
describe('npm run data:check', { timeout: 60_000 }, () => {
  it('passes, and writes nothing, when the committed output is what data/ compiles to', () => {
    const root = workspace();
    const before = outputs(root);
    expect(build(root, '--check').status).toBe(0);
    expect(outputs(root)).toEqual(before);
  });

  it('fails, naming the stale file and the command to run, and leaves it as it was, when an output was edited', () => {
    const root = workspace();
    appendFileSync(join(root, 'public/data/sites.csv'), 'extra,row\n');
    const before = outputs(root);
    const run = build(root, '--check');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('public/data/sites.csv');
    expect(run.stderr).toContain('npm run data');
    expect(outputs(root)).toEqual(before);
  });

  it('fails with what to fix, and writes nothing, when an input is wrong', () => {
    const root = workspace();
    const before = outputs(root);
    appendFileSync(join(root, 'data/sites.json'), ',');
    const run = build(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('data/sites.json: not valid JSON');
    expect(outputs(root)).toEqual(before);
  });
});
