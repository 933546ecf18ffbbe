/**
 * The facts of a step that its one line does not spell out: the plan's window each
 * closed site is measured against, and where a day left falls against it at the
 * window's edges, on copies of the data with a day left moved. The windows are the
 * letter's (S/2023/611): phase one 15 July – 31 August 2023, sequence a 1 September –
 * 30 November, sequence b 1 – 15 December; Gao, Bamako and Timbuktu have none.
 */
import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from './compiledDataset.testing.ts';
import { leadEventOf, talkingPointsAt } from './talkingPoints.ts';
import type { Dataset, IsoDate, SiteId } from './types.ts';
import { eventsOf } from './views.ts';

const closedOn = (dataset: Dataset, day: string, view: 'plan' | 'reported' = 'reported') =>
  talkingPointsAt(dataset, day as IsoDate, view).closed.map(
    ({ site, how, window, daysBeforeWindow }) => ({
      site: site.id,
      how,
      window,
      daysBeforeWindow,
    }),
  );

/** The compiled data with `site` reported left on `day` (its handover left as reported). */
function leftOn(site: SiteId, day: string): Dataset {
  const dataset = loadCompiledDataset();
  const fact = dataset.reported.sites.find((f) => f.site === site);
  if (!fact) throw new Error(`no reported facts for ${site}`);
  fact.left.date = day as IsoDate;
  return dataset;
}

describe('the window a closed site is measured against', () => {
  it('names the letter’s window of each site closed that day, and none where the letter gives none', () => {
    const dataset = loadCompiledDataset();
    expect(closedOn(dataset, '2023-10-31')).toEqual([
      { site: 'kidal', how: 'no-handover', window: 'seq-b', daysBeforeWindow: 31 },
    ]);
    expect(closedOn(dataset, '2024-07-22')).toEqual([
      { site: 'gao', how: 'handed-over', window: null, daysBeforeWindow: null },
    ]);
  });

  it('names the window in the plan too, without measuring the plan against itself', () => {
    expect(closedOn(loadCompiledDataset(), '2023-08-12', 'plan')).toEqual([
      { site: 'ber', how: 'handed-over', window: 'phase-1', daysBeforeWindow: null },
    ]);
  });
});

describe('a day left against its window (Ber, phase one: 15 July – 31 August 2023)', () => {
  const berLeft = (day: string) => closedOn(leftOn('ber', day), day)[0]?.daysBeforeWindow;

  it('is 1 day before on 14 July and within from 15 July', () => {
    expect(berLeft('2023-07-14')).toBe(1);
    expect(berLeft('2023-07-15')).toBe(0);
  });

  it('is within on 31 August and after from 1 September, counted negative', () => {
    expect(berLeft('2023-08-31')).toBe(0);
    expect(berLeft('2023-09-01')).toBe(-1);
    expect(berLeft('2023-09-10')).toBe(-10);
  });
});

describe('the events of a step', () => {
  it('are the story’s own: an older letter’s context is no step', () => {
    // The letters recall the 2013 request for MINUSMA as context, not as a step of 2023.
    const points = talkingPointsAt(loadCompiledDataset(), '2013-02-12' as IsoDate, 'plan');
    expect(points.lead).toBeNull();
    expect(points.others).toEqual([]);
  });
});

describe('the event a step shows in full', () => {
  const dataset = loadCompiledDataset();
  const ofDay = (day: string) =>
    eventsOf(dataset, 'reported').filter((event) => event.date === day);
  const leadOf = (events: ReturnType<typeof ofDay>) => leadEventOf(events)?.id ?? null;

  it('is a site’s closure before an attack told first (31 October 2023: the Kidal–Gao convoy, then Kidal left)', () => {
    expect(ofDay('2023-10-31')[0]?.id).toBe('kidal-convoy');
    expect(leadOf(ofDay('2023-10-31'))).toBe('left-kidal');
  });

  it('is a milestone before a count, whatever their order (11 December 2023)', () => {
    const events = ofDay('2023-12-11');
    expect(leadOf(events)).toBe('bamako-closure-ceremony');
    expect(leadOf([...events].reverse())).toBe('bamako-closure-ceremony');
  });

  it('is the first told of events of one kind, and none on a day without events', () => {
    expect(leadOf(ofDay('2023-08-28'))).toBe('personnel-to-repatriate-12947');
    expect(leadOf([])).toBeNull();
  });
});
