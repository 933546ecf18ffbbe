import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from './compiledDataset.testing.ts';
import { addDays, compareDays, parseIsoDate } from './dates.ts';
import { siteStatusAt } from './status.ts';
import type { IsoDate, SiteId, SiteStatus, WindowId } from './types.ts';

const day = (text: string): IsoDate => {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
};

/** The windows as S/2023/611 gives them, typed here from the letter, not read from data/. */
const LETTER_WINDOWS: Record<WindowId, { start: IsoDate; end: IsoDate }> = {
  'phase-1': { start: day('2023-07-15'), end: day('2023-08-31') },
  'seq-a': { start: day('2023-09-01'), end: day('2023-11-30') },
  'seq-b': { start: day('2023-12-01'), end: day('2023-12-15') },
  'seq-c': { start: day('2023-12-15'), end: day('2023-12-31') },
  // At least 18 months from 1 January 2024.
  liquidation: { start: day('2024-01-01'), end: day('2025-06-30') },
};

/** Each site's schedule as the letter gives it. */
const LETTER_SCHEDULE: Record<
  SiteId,
  { window?: WindowId; handover?: IsoDate; drawdown?: IsoDate; liquidation?: IsoDate }
> = {
  ber: { window: 'phase-1', handover: day('2023-08-12') },
  goundam: { window: 'phase-1' },
  menaka: { window: 'phase-1' },
  ogossagou: { window: 'phase-1', handover: day('2023-08-03') },
  tessalit: { window: 'seq-a' },
  aguelhok: { window: 'seq-a' },
  douentza: { window: 'seq-a' },
  mopti: { window: 'seq-b' },
  kidal: { window: 'seq-b' },
  ansongo: { window: 'seq-c' },
  gao: { drawdown: day('2023-12-15'), liquidation: day('2024-01-01') },
  bamako: { drawdown: day('2023-12-15'), liquidation: day('2024-01-01') },
  tombouctou: { liquidation: day('2024-01-01') },
};

/**
 * The rules, restated independently of src/domain/status.ts: closing from the
 * window's first day through the day before the handover (or through the window's
 * last day when none is reported), closed after; drawdown and liquidation from
 * their first days; open otherwise.
 */
function expectedStatus(id: SiteId, on: IsoDate): SiteStatus {
  const plan = LETTER_SCHEDULE[id];
  if (plan.liquidation && on >= plan.liquidation) return 'liquidation';
  if (plan.drawdown && on >= plan.drawdown) return 'drawdown';
  if (!plan.window) return 'open';
  const { start, end } = LETTER_WINDOWS[plan.window];
  if (on < start) return 'open';
  const lastClosingDay = plan.handover ? addDays(plan.handover, -1) : end;
  return on <= lastClosingDay ? 'closing' : 'closed';
}

/** Every boundary day of every window, and of every handover, drawdown and liquidation. */
function boundaryDays(): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const { start, end } of Object.values(LETTER_WINDOWS))
    for (const d of [addDays(start, -1), start, end, addDays(end, 1)]) days.add(d);
  for (const plan of Object.values(LETTER_SCHEDULE))
    for (const d of [plan.handover, plan.drawdown, plan.liquidation])
      if (d) for (const near of [addDays(d, -1), d, addDays(d, 1)]) days.add(near);
  return [...days].sort(compareDays);
}

const loadCompiled = loadCompiledDataset;

describe('siteStatusAt at every boundary day, against the rules restated from the letter', () => {
  const dataset = loadCompiled();
  const days = boundaryDays();

  it('checks the windows the letter gives', () => {
    for (const window of dataset.timeline.windows)
      expect({ start: window.start, end: window.end }).toEqual(LETTER_WINDOWS[window.id]);
  });

  for (const id of Object.keys(LETTER_SCHEDULE) as SiteId[]) {
    it(`gives ${id} the expected status on each of ${days.length} boundary days`, () => {
      const site = dataset.sites.find((s) => s.id === id);
      if (!site) throw new Error(`site ${id} missing from the compiled data`);
      const actual = days.map((d) => `${d} ${siteStatusAt(site, d, dataset.timeline.windows)}`);
      expect(actual).toEqual(days.map((d) => `${d} ${expectedStatus(id, d)}`));
    });
  }
});
