import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from './compiledDataset.testing.ts';
import { datasetProblems } from './rules.ts';
import type { Dataset, IsoDate } from './types.ts';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
type Editable = Mutable<Dataset>;
const files = { sites: 's', timeline: 't', reported: 'r' };

/** The compiled dataset with one edit, and the problems the rules find in it. */
function problemsAfter(edit: (dataset: Editable) => void): string[] {
  const dataset = structuredClone(loadCompiledDataset()) as Editable;
  edit(dataset);
  return datasetProblems(dataset as Dataset, files);
}

function site(dataset: Editable, id: string): Editable['sites'][number] {
  const found = dataset.sites.find((s) => s.id === id);
  if (!found) throw new Error(`no site ${id} in the compiled data`);
  return found;
}

describe('the rules across records', () => {
  it('find nothing wrong in the compiled data', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('put a site outside Mali’s box, not one on its edge', () => {
    expect(
      problemsAfter((d) => {
        site(d, 'ber').coordinates = [16.3, -3.4];
      }),
    ).toEqual([
      's: site ber: coordinates 16.3, -3.4 are outside Mali (lon -12.3…4.3, lat 10.1…25.1); is the order [longitude, latitude]?',
    ]);
    expect(
      problemsAfter((d) => {
        site(d, 'ber').coordinates = [-12.3, 25.1];
        site(d, 'gao').coordinates = [4.3, 10.1];
      }),
    ).toEqual([]);
  });

  it('count the camps as the letter does', () => {
    expect(
      problemsAfter((d) => {
        site(d, 'ber').kind = 'headquarters';
      }),
    ).toEqual([
      expect.stringMatching(/^s: the letter counts 11 camps, the data has 10 \(camp: /),
      's: the letter counts 1 headquarters, the data has 2 (headquarters: ber, bamako)',
    ]);
  });

  it('want the range in order and each window’s start before its end', () => {
    expect(
      problemsAfter((d) => {
        d.timeline.range = { start: '2024-01-31' as IsoDate, end: '2024-01-31' as IsoDate };
      }),
    ).toContain('t: range.start (2024-01-31) must be before range.end (2024-01-31)');
    expect(
      problemsAfter((d) => {
        const [phaseOne] = d.timeline.windows;
        if (phaseOne) phaseOne.end = '2023-07-14' as IsoDate;
      }),
    ).toContain('t: window phase-1: start 2023-07-15 is after end 2023-07-14');
  });

  it('want events and flows named once, events ending after they start, flows going somewhere', () => {
    const problems = problemsAfter((d) => {
      const [first, second] = d.timeline.events;
      const [flow] = d.timeline.flows;
      if (!first || !second || !flow) throw new Error('the compiled data has events and flows');
      second.id = first.id;
      first.endDate = '2000-01-01' as IsoDate;
      flow.to = flow.from;
    });
    expect(problems).toContainEqual(expect.stringMatching(/^t: duplicate event id /));
    expect(problems).toContainEqual(
      expect.stringMatching(/: ends \(2000-01-01\) before it starts/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^t: flow .*: goes from (\w+) to itself$/),
    );
  });
});
