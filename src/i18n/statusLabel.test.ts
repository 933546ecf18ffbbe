import { describe, expect, it } from 'vitest';
import { statusLabel } from './statusLabel.ts';

describe('a status as the reader reads it', () => {
  it('says what the plan foresaw as planned, never as what happened', () => {
    expect(statusLabel('en', 'closing', true)).toBe('Closing (planned window)');
    expect(statusLabel('fr', 'closed', true)).toBe('Fermé (prévu)');
  });

  it('says a reported status plainly', () => {
    expect(statusLabel('en', 'closing', false)).toBe('Closing');
    expect(statusLabel('fr', 'liquidation', false)).toBe('Liquidation');
  });
});
