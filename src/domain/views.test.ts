import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../domain/schema.ts';
import type { IsoDate } from '../domain/types.ts';
import { statusChangesBetween } from './changes.ts';

const parsed = parseDataset(
  JSON.parse(readFileSync('public/data/sites.geojson', 'utf8')),
  JSON.parse(readFileSync('public/data/timeline.json', 'utf8')),
);

describe('statusChangesBetween', () => {
  it('names the sites whose status changed from one event to the next', () => {
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const changes = statusChangesBetween(
      parsed.dataset,
      '2023-08-03' as IsoDate,
      '2023-08-12' as IsoDate,
    );
    expect(changes.map((c) => [c.site.id, c.from, c.to])).toEqual([['ber', 'closing', 'closed']]);
  });

  it('is empty when nothing changed', () => {
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(
      statusChangesBetween(parsed.dataset, '2023-06-16' as IsoDate, '2023-06-21' as IsoDate),
    ).toEqual([]);
  });
});
