import { describe, expect, it } from 'vitest';
import { gapFromWindow, planVsReported } from './comparison.ts';
import { loadCompiledDataset } from './compiledDataset.testing.ts';
import type { IsoDate } from './types.ts';

const day = (value: string) => value as IsoDate;

describe('how far a reported day falls from its planned window', () => {
  const start = day('2023-09-01');
  const end = day('2023-09-30');

  it('counts whole days before the window, from its first day', () => {
    expect(gapFromWindow(day('2023-08-31'), start, end)).toEqual({ kind: 'before', days: 1 });
    expect(gapFromWindow(day('2023-08-02'), start, end)).toEqual({ kind: 'before', days: 30 });
  });

  it('counts whole days after the window, from its last day', () => {
    expect(gapFromWindow(day('2023-10-01'), start, end)).toEqual({ kind: 'after', days: 1 });
    expect(gapFromWindow(day('2023-10-11'), start, end)).toEqual({ kind: 'after', days: 11 });
  });

  it('takes both ends of the window as within it', () => {
    expect(gapFromWindow(start, start, end)).toEqual({ kind: 'within' });
    expect(gapFromWindow(end, start, end)).toEqual({ kind: 'within' });
    expect(gapFromWindow(day('2023-09-15'), start, end)).toEqual({ kind: 'within' });
  });
});

describe('plan against reality, per site, from the compiled data', () => {
  // Computed inside each test, so that mutation testing sees which tests reach the code.
  const compare = () => {
    const { sites, timeline, reported } = loadCompiledDataset();
    const rows = planVsReported(sites, timeline.windows, reported);
    return { sites, reported, rows, row: (id: string) => rows.find((r) => r.site === id) };
  };

  it('gives Kidal, left on 31 October 2023, 31 days before its sequence-b window', () => {
    const { row } = compare();
    expect(row('kidal')).toMatchObject({
      reported: '2023-10-31',
      planned: { window: 'seq-b' },
      gap: { kind: 'before', days: 31 },
    });
  });

  it('gives Ogossagou the letter’s own day, and its report within the window', () => {
    const { row } = compare();
    expect(row('ogossagou')).toMatchObject({
      plannedDay: '2023-08-03',
      reported: '2023-08-04',
      gap: { kind: 'within' },
    });
  });

  it('says the plan gave Gao no window, and keeps the sites in their order', () => {
    const { sites, reported, rows, row } = compare();
    expect(row('gao')).toMatchObject({ planned: null, gap: { kind: 'unplanned' } });
    const order = sites.map((site) => site.id).filter((id) => row(id));
    expect(rows.map((r) => r.site)).toEqual(order);
    expect(rows).toHaveLength(reported.sites.length);
  });

  it('leaves out a site the sources say nothing of', () => {
    const { sites, timeline, reported } = loadCompiledDataset();
    const withoutGao = { ...reported, sites: reported.sites.filter((fact) => fact.site !== 'gao') };
    const rows = planVsReported(sites, timeline.windows, withoutGao);
    expect(rows.map((r) => r.site)).not.toContain('gao');
    expect(rows).toHaveLength(12);
  });
});
