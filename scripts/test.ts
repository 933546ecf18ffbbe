/**
 * `npm test`: every check, the independent ones side by side. Two lanes run at once,
 * one a core: the checks of the source (`check`, `typecheck`, `test:unit`,
 * `data:check`), and the browser and the build; the end-to-end tests start when both
 * have passed, since they test the build. Most of these steps keep one core busy
 * (tsc, the pages written one by one), so the lanes finish in about the time of the
 * longer one instead of the sum.
 *
 * A step's output is shown whole when it ends, not interleaved with the other lane's.
 * The first step that fails stops the run: the other lane is ended, the step and its
 * command are named, and the exit code is not zero.
 *
 *   tsx scripts/test.ts
 */
import { type ChildProcess, spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

const npmRun = (script: string): Step => ({
  name: script,
  command: 'npm',
  args: ['run', '-s', script],
});

const SOURCE_LANE: Step[] = [
  npmRun('check'),
  npmRun('typecheck'),
  npmRun('test:unit'),
  npmRun('data:check'),
];
const BUILD_LANE: Step[] = [
  { name: 'browser', command: 'npx', args: ['tsx', 'scripts/ensure-browser.ts'] },
  // The tests read the compressed copies as served, not their last per cent of size
  // (scripts/compress.ts): Brotli at 5 instead of 11 saves some 40 s of CPU.
  { ...npmRun('build'), env: { BROTLI_QUALITY: '5' } },
];
const END_TO_END: Step = { name: 'end-to-end', command: 'npx', args: ['playwright', 'test'] };

class StepFailed extends Error {
  constructor(
    readonly step: Step,
    readonly code: number | null,
  ) {
    super(`${step.name} failed`);
  }
}

const running = new Set<ChildProcess>();
let stopping = false;

const seconds = (since: number) => `${Math.round((performance.now() - since) / 1000)} s`;
const commandOf = (step: Step) =>
  [
    ...Object.entries(step.env ?? {}).map(([name, value]) => `${name}=${value}`),
    step.command,
    ...step.args,
  ].join(' ');

/** Runs a step; its output is held and printed in one block when it ends, unless `live`. */
function run(step: Step, live = false): Promise<void> {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(step.command, step.args, {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that a stop ends what it started too (npx's child,
      // tsc, vitest's workers, Playwright's browsers and server).
      detached: true,
      env: {
        ...process.env,
        ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
        ...step.env,
      },
    });
    running.add(child);
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      running.delete(child);
      if (stopping) return resolvePromise();
      const ok = code === 0;
      if (!live) {
        process.stdout.write(`\n── ${step.name} (${commandOf(step)}) ──\n`);
        process.stdout.write(Buffer.concat(output));
      }
      process.stdout.write(`${ok ? '✓' : '✗'} ${step.name}, ${seconds(started)}\n`);
      if (ok) resolvePromise();
      else reject(new StepFailed(step, code));
    });
  });
}

function stopAll(): void {
  stopping = true;
  for (const child of running) {
    try {
      // SIGINT, as a Ctrl-C would: Playwright then closes its browsers and its server.
      if (child.pid) process.kill(-child.pid, 'SIGINT');
    } catch {
      // Already ended.
    }
  }
}

async function lane(steps: Step[]): Promise<void> {
  for (const step of steps) {
    if (stopping) return;
    await run(step);
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  try {
    console.log(
      `npm test: ${SOURCE_LANE.map((s) => s.name).join(', ')} beside ${BUILD_LANE.map((s) => s.name).join(', ')}; then ${END_TO_END.name}.`,
    );
    const lanes = [lane(SOURCE_LANE), lane(BUILD_LANE)];
    // The first failure ends the other lane at once; a pass waits for both.
    await Promise.all(
      lanes.map((done) =>
        done.catch((error: unknown) => {
          stopAll();
          throw error;
        }),
      ),
    );
    await run(END_TO_END, true);
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    console.error(
      `\nnpm test failed at "${error.step.name}" (${commandOf(error.step)}, exit code ${error.code}); its output is above.`,
    );
    return 1;
  }
  console.log(`\nnpm test passed, ${seconds(started)}.`);
  return 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });

process.exitCode = await main();
