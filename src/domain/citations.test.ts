import { readFileSync } from 'node:fs';
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

describe('findQuote on the letter S/2023/611 as extracted', () => {
  const letter = readFileSync(
    'data/letters/2023-08-18-secretary-general-S-2023-611.fr.txt',
    'utf8',
  );
  it('finds a sentence that runs over the extract’s line breaks and blank lines', () => {
    expect(
      findQuote(
        letter,
        'Le 3 août, la base opérationnelle temporaire d’Ogossagou a été remise au Gouvernement de transition',
      ),
    ).toBe(true);
  });
  it('finds a quote typed with non-breaking spaces', () => {
    expect(findQuote(letter, 'Le 12\u00a0août, les procédures requises ont été conduites')).toBe(
      true,
    );
  });
  it('keeps the letter’s odd spacing: “l ’équipe” is found, a corrected “l’équipe” is not', () => {
    expect(findQuote(letter, 'la contribution éventuelle de l ’équipe de pays des')).toBe(true);
    expect(findQuote(letter, 'la contribution éventuelle de l’équipe de pays des')).toBe(false);
  });
});
