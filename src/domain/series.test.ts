import { describe, expect, it } from 'vitest';
import { loadCompiledDataset, siteOf } from './compiledDataset.testing.ts';
import { statusChangesOf, statusSeries } from './series.ts';
import type { Dataset, IsoDate, SiteId } from './types.ts';
import { openSiteCount, statusesAt } from './views.ts';

const dataset: Dataset = loadCompiledDataset();
const d = (s: string) => s as IsoDate;
const changesOf = (id: SiteId) => statusChangesOf(siteOf(dataset, id), dataset.timeline.windows);

describe('statusChangesOf', () => {
  it('lists a handed-over site’s closing and closed days', () => {
    expect(changesOf('ber')).toEqual([
      { from: '2023-07-15', status: 'closing' },
      { from: '2023-08-12', status: 'closed' },
    ]);
  });
  it('closes a site without a reported handover the day after its window', () => {
    expect(changesOf('mopti')).toEqual([
      { from: '2023-12-01', status: 'closing' },
      { from: '2023-12-16', status: 'closed' },
    ]);
  });
  it('lists drawdown then liquidation for Gao, liquidation only for Tombouctou', () => {
    expect(changesOf('gao')).toEqual([
      { from: '2023-12-15', status: 'drawdown' },
      { from: '2024-01-01', status: 'liquidation' },
    ]);
    expect(changesOf('tombouctou')).toEqual([{ from: '2024-01-01', status: 'liquidation' }]);
  });
  it('closes a site handed over on its window’s first day once, without a closing day', () => {
    const ber = { ...siteOf(dataset, 'ber'), handoverDate: d('2023-07-15') };
    expect(statusChangesOf(ber, dataset.timeline.windows)).toEqual([
      { from: '2023-07-15', status: 'closed' },
    ]);
  });
});

describe('openSiteCount', () => {
  const count = (day: string) => openSiteCount(statusesAt(dataset, d(day), 'plan'));
  it('counts every site not yet closed in the plan', () => {
    expect(count('2023-06-16')).toBe(13);
    // Ogossagou handed over on 3 August.
    expect(count('2023-08-03')).toBe(12);
    // Ber on 12 August.
    expect(count('2023-08-12')).toBe(11);
    // Goundam and Ménaka after phase one.
    expect(count('2023-09-01')).toBe(9);
    // Tessalit, Aguelhok and Douentza after sequence a.
    expect(count('2023-12-01')).toBe(6);
    // Mopti and Kidal after sequence b.
    expect(count('2023-12-16')).toBe(4);
    // Ansongo after sequence c: the three liquidation centres remain.
    expect(count('2024-01-01')).toBe(3);
  });
});

describe('statusSeries', () => {
  it('has one entry per day on which some status changes, with counts adding up to 13', () => {
    const series = statusSeries(dataset.sites, dataset.timeline.windows, d('2023-06-16'));
    expect(series.map((point) => point.day)).toEqual([
      '2023-06-16',
      '2023-07-15',
      '2023-08-03',
      '2023-08-12',
      '2023-09-01',
      '2023-12-01',
      '2023-12-15',
      '2023-12-16',
      '2024-01-01',
    ]);
    for (const { counts } of series)
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(13);
    expect(series.at(-1)?.counts).toEqual({
      open: 0,
      closing: 0,
      closed: 10,
      drawdown: 0,
      liquidation: 3,
    });
  });

  it('starts on its first day, even one without a change, and then has the same days of change', () => {
    const days = (start: string) =>
      statusSeries(dataset.sites, dataset.timeline.windows, d(start)).map((point) => point.day);
    // 1 October 2023 falls inside phase two's first sequence: no status changes that day.
    expect(days('2023-10-01')).toEqual([
      '2023-10-01',
      ...days('2023-06-16').filter((day) => day > '2023-10-01'),
    ]);
  });
});
