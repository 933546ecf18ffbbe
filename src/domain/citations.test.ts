import { describe, expect, it } from 'vitest';
import { findQuote, normalizeText } from './citations.ts';

const LETTER =
  ' Le 3 août, la base opérationnelle temporaire \n\nd’Ogossagou a été remise au\u00a0Gouvernement  de transition. ';

describe('findQuote', () => {
  it('finds a quote that spans the letter’s line breaks', () => {
    expect(findQuote(LETTER, 'la base opérationnelle temporaire d’Ogossagou a été remise')).toBe(
      true,
    );
  });
  it('treats non-breaking and doubled spaces as one space', () => {
    expect(findQuote(LETTER, 'remise au Gouvernement de transition.')).toBe(true);
  });
  it('does not find a quote whose words differ', () => {
    expect(findQuote(LETTER, 'la base opérationnelle temporaire de Ber a été remise')).toBe(false);
    expect(findQuote(LETTER, 'Le 4 août')).toBe(false);
  });
  it('collapses every kind of white space', () => {
    expect(normalizeText('a\u202fb\u00a0 c\n\n d\t')).toBe('a b c d');
  });
});
