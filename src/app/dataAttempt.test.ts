import { describe, expect, it } from 'vitest';
import { startDataAttempt } from './dataAttempt.ts';

/** A download the test answers when it chooses, as a slow server would. */
function slowDownload(): { promise: Promise<string>; answer: (result: string) => void } {
  let answer: (result: string) => void = () => undefined;
  const promise = new Promise<string>((resolve) => {
    answer = resolve;
  });
  return { promise, answer };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startDataAttempt', () => {
  it('the first attempt uses the download already started, and applies its result', async () => {
    const applied: string[] = [];
    const started = slowDownload();
    const fetches: string[] = [];
    startDataAttempt({
      attempt: 0,
      firstLoad: started.promise,
      load: () => {
        fetches.push('fetch');
        return slowDownload().promise;
      },
      apply: (result) => applied.push(result),
    });
    started.answer('dataset');
    await settle();
    expect(fetches).toEqual([]);
    expect(applied).toEqual(['dataset']);
  });

  it('keeps the newer attempt when the first answers after it (Try again while the first hangs)', async () => {
    const applied: string[] = [];
    const first = slowDownload();
    const retried = slowDownload();
    const apply = (result: string) => applied.push(result);
    const load = () => retried.promise;
    const leaveFirst = startDataAttempt({ attempt: 0, firstLoad: first.promise, load, apply });
    // Try again: React runs the first attempt's cleanup, then the effect for the second.
    leaveFirst();
    startDataAttempt({ attempt: 1, firstLoad: first.promise, load, apply });
    retried.answer('second attempt');
    await settle();
    first.answer('first attempt');
    await settle();
    expect(applied).toEqual(['second attempt']);
  });

  it('applies nothing once it is left, as when the app is gone before the answer', async () => {
    const applied: string[] = [];
    const download = slowDownload();
    const leave = startDataAttempt({
      attempt: 1,
      firstLoad: undefined,
      load: () => download.promise,
      apply: (result) => applied.push(result),
    });
    leave();
    download.answer('dataset');
    await settle();
    expect(applied).toEqual([]);
  });
});
