import { describe, expect, it } from 'vitest';
import { closureLabel } from './closure.ts';
import { loadCompiledDataset, siteOf } from './compiledDataset.testing.ts';
import type { Dataset, SiteId } from './types.ts';

const dataset: Dataset = loadCompiledDataset();
const labelOf = (id: SiteId) => closureLabel(siteOf(dataset, id), dataset.timeline.windows);

describe('closureLabel', () => {
  it('gives the reported handover day when the letter reports one', () => {
    expect(labelOf('ber')).toEqual({ kind: 'reported', date: '2023-08-12', window: 'phase-1' });
    expect(labelOf('ogossagou')).toEqual({
      kind: 'reported',
      date: '2023-08-03',
      window: 'phase-1',
    });
  });
  it('gives only the window’s last day when the letter reports no handover', () => {
    expect(labelOf('goundam')).toEqual({
      kind: 'planned-by',
      date: '2023-08-31',
      window: 'phase-1',
    });
    expect(labelOf('kidal')).toEqual({ kind: 'planned-by', date: '2023-12-15', window: 'seq-b' });
    expect(labelOf('ansongo')).toEqual({ kind: 'planned-by', date: '2023-12-31', window: 'seq-c' });
  });
  it('gives nothing for the sites no letter schedules to close', () => {
    expect(labelOf('gao')).toBeNull();
    expect(labelOf('tombouctou')).toBeNull();
    expect(labelOf('bamako')).toBeNull();
  });
});
