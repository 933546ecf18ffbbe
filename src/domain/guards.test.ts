import { describe, expect, it } from 'vitest';
import { isLang, isSiteId, isStory } from './guards.ts';

describe('the vocabularies’ guards', () => {
  it('accept every word of their list, and only those', () => {
    expect(['fr', 'en'].map(isLang)).toEqual([true, true]);
    expect(['plan', 'reported'].map(isStory)).toEqual([true, true]);
    expect(['ber', 'bamako', 'ogossagou'].map(isSiteId)).toEqual([true, true, true]);
  });

  it('refuse near misses, other words and what is not a string', () => {
    for (const value of ['FR', 'de', '', 'fr ', null, undefined, 1, ['fr'], { lang: 'fr' }])
      expect(isLang(value), String(value)).toBe(false);
    for (const value of ['Plan', 'planned', 'reported ', null, 0])
      expect(isStory(value), String(value)).toBe(false);
    for (const value of ['Ber', 'timbuktu', 'toString', '', null])
      expect(isSiteId(value), String(value)).toBe(false);
  });
});
