import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from './compiledDataset.testing.ts';
import { parseIsoDate } from './dates.ts';
import { siteStatusAt } from './status.ts';
import type { IsoDate, SiteId, SiteStatus } from './types.ts';

const loadCompiled = loadCompiledDataset;

const day = (text: string): IsoDate => {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
};

/**
 * Expected statuses written from the letter (S/2023/611) and the rules, not from the
 * code: each site's status on the days around every boundary of its schedule.
 */
const EXPECTED: Record<SiteId, [string, SiteStatus][]> = {
  // Phase one, 15 Jul – 31 Aug; Ber handed over on 12 Aug.
  ber: [
    ['2023-07-14', 'open'],
    ['2023-07-15', 'closing'],
    ['2023-08-11', 'closing'],
    ['2023-08-12', 'closed'],
    ['2023-08-13', 'closed'],
    ['2024-01-31', 'closed'],
  ],
  // Ogossagou handed over on 3 Aug.
  ogossagou: [
    ['2023-07-14', 'open'],
    ['2023-07-15', 'closing'],
    ['2023-08-02', 'closing'],
    ['2023-08-03', 'closed'],
  ],
  // No handover reported: closing through the window's last day.
  goundam: [
    ['2023-07-14', 'open'],
    ['2023-07-15', 'closing'],
    ['2023-08-31', 'closing'],
    ['2023-09-01', 'closed'],
  ],
  menaka: [
    ['2023-07-14', 'open'],
    ['2023-07-15', 'closing'],
    ['2023-08-31', 'closing'],
    ['2023-09-01', 'closed'],
  ],
  // Sequence a, 1 Sep – 30 Nov.
  tessalit: [
    ['2023-08-31', 'open'],
    ['2023-09-01', 'closing'],
    ['2023-11-30', 'closing'],
    ['2023-12-01', 'closed'],
  ],
  aguelhok: [
    ['2023-08-31', 'open'],
    ['2023-09-01', 'closing'],
    ['2023-11-30', 'closing'],
    ['2023-12-01', 'closed'],
  ],
  douentza: [
    ['2023-08-31', 'open'],
    ['2023-09-01', 'closing'],
    ['2023-11-30', 'closing'],
    ['2023-12-01', 'closed'],
  ],
  // Sequence b, 1 – 15 Dec.
  mopti: [
    ['2023-11-30', 'open'],
    ['2023-12-01', 'closing'],
    ['2023-12-15', 'closing'],
    ['2023-12-16', 'closed'],
  ],
  kidal: [
    ['2023-11-30', 'open'],
    ['2023-12-01', 'closing'],
    ['2023-12-15', 'closing'],
    ['2023-12-16', 'closed'],
  ],
  // Sequence c, 15 – 31 Dec.
  ansongo: [
    ['2023-12-14', 'open'],
    ['2023-12-15', 'closing'],
    ['2023-12-31', 'closing'],
    ['2024-01-01', 'closed'],
  ],
  // Drawn down from 15 Dec, liquidation from 1 Jan 2024.
  gao: [
    ['2023-06-16', 'open'],
    ['2023-12-14', 'open'],
    ['2023-12-15', 'drawdown'],
    ['2023-12-31', 'drawdown'],
    ['2024-01-01', 'liquidation'],
  ],
  bamako: [
    ['2023-12-14', 'open'],
    ['2023-12-15', 'drawdown'],
    ['2023-12-31', 'drawdown'],
    ['2024-01-01', 'liquidation'],
  ],
  tombouctou: [
    ['2023-12-14', 'open'],
    ['2023-12-15', 'open'],
    ['2023-12-31', 'open'],
    ['2024-01-01', 'liquidation'],
  ],
};

describe('siteStatusAt, on the compiled data', () => {
  const dataset = loadCompiled();
  for (const [id, checks] of Object.entries(EXPECTED)) {
    it(`follows the letter's schedule for ${id}`, () => {
      const site = dataset.sites.find((s) => s.id === id);
      expect(site).toBeDefined();
      if (!site) return;
      const actual = checks.map(([d]) => [d, siteStatusAt(site, day(d), dataset.timeline.windows)]);
      expect(actual).toEqual(checks);
    });
  }

  it('has every site open on the first day of the slider', () => {
    for (const site of dataset.sites) {
      expect(siteStatusAt(site, dataset.timeline.range.start, dataset.timeline.windows)).toBe(
        'open',
      );
    }
  });
});
