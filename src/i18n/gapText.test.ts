import { describe, expect, it } from 'vitest';
import { gapText } from './gapText.ts';

// The words a reader meets in the plan-against-reality chart, the site card and the
// phase sheet, in both languages, singular and plural.
describe('gapText', () => {
  it('says how many days before or after the window, with one day said in the singular', () => {
    expect(gapText('en', { kind: 'before', days: 31 })).toBe('31 days before its window');
    expect(gapText('en', { kind: 'before', days: 1 })).toBe('1 day before its window');
    expect(gapText('fr', { kind: 'after', days: 12 })).toBe('12 jours après sa fenêtre');
    expect(gapText('fr', { kind: 'after', days: 1 })).toBe('1 jour après sa fenêtre');
  });

  it('says a day within its window, and a site the plan kept for the liquidation', () => {
    expect(gapText('en', { kind: 'within' })).toBe('within its window');
    expect(gapText('fr', { kind: 'within' })).toBe('dans sa fenêtre');
    expect(gapText('en', { kind: 'unplanned' })).toBe('no window: kept for the liquidation');
    expect(gapText('fr', { kind: 'unplanned' })).toBe('pas de fenêtre : gardé pour la liquidation');
  });
});
