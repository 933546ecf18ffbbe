import { describe, expect, it } from 'vitest';
import { claimSentence, sentencesOf } from './claimSentence.ts';
import type { IsoDate, SiteId } from './types.ts';

const event = (date: string, sites: string[]) => ({
  date: date as IsoDate,
  sites: sites as SiteId[],
});

describe('a quote cut to the sentence that carries the claim', () => {
  it('keeps a one-sentence quote whole', () => {
    expect(
      claimSentence('Le camp de Kidal a été quitté le 31 octobre.', event('2023-10-31', ['kidal'])),
    ).toEqual({
      text: 'Le camp de Kidal a été quitté le 31 octobre.',
      cut: false,
    });
  });

  it('picks the sentence naming the day and the site, and marks both cuts', () => {
    const passage =
      'La situation reste tendue. Le 31 octobre, le dernier convoi a quitté Kidal. Il a atteint Gao plus tard.';
    expect(claimSentence(passage, event('2023-10-31', ['kidal']))).toEqual({
      text: '[…] Le 31 octobre, le dernier convoi a quitté Kidal. […]',
      cut: true,
    });
  });

  it('reads names without their accents, and 1er as the first', () => {
    const passage = 'Rien ce jour-là. La MINUSMA a quitté Ménaka le 1er septembre.';
    expect(claimSentence(passage, event('2023-09-01', ['menaka'])).text).toBe(
      '[…] La MINUSMA a quitté Ménaka le 1er septembre.',
    );
  });

  it('does not split a letter symbol or a decimal', () => {
    expect(sentencesOf('Voir S/2023/611. Le taux est 2.5 pour cent.')).toEqual([
      'Voir S/2023/611.',
      'Le taux est 2.5 pour cent.',
    ]);
  });
});

describe('the sentence a slide keeps, on the sources’ own passages', () => {
  it('keeps the sentence naming the day and the site of the Ber convoy’s attack (MINUSMA, 17 August 2023)', () => {
    const passage =
      'The convoy, which took just over two days to cover the 57 kilometers between Ber and Timbuktu, was attacked twice on August 13. Four peacekeepers were wounded.';
    expect(claimSentence(passage, event('2023-08-13', ['ber', 'tombouctou']))).toEqual({
      text: 'The convoy, which took just over two days to cover the 57 kilometers between Ber and Timbuktu, was attacked twice on August 13. […]',
      cut: true,
    });
  });

  it('keeps, of the RFI passage on Bamako, the sentence naming the site the slide is about', () => {
    const passage =
      'Les autorités maliennes de transition récupèrent le vaste camp de la Minusma à Bamako, sur la route de l’aéroport. Le dernier, après la rétrocession de celui de Gao en juillet.';
    expect(claimSentence(passage, event('2024-11-15', ['bamako'])).text).toBe(
      'Les autorités maliennes de transition récupèrent le vaste camp de la Minusma à Bamako, sur la route de l’aéroport. […]',
    );
    expect(claimSentence(passage, event('2024-07-22', ['gao'])).text).toBe(
      '[…] Le dernier, après la rétrocession de celui de Gao en juillet.',
    );
  });
});

describe('how a sentence carries the claim', () => {
  it.each([
    [
      'counts the day named above one site named',
      'Le camp de Ber est vaste. Le 12 août, la restitution a eu lieu.',
      event('2023-08-12', ['ber']),
      '[…] Le 12 août, la restitution a eu lieu.',
    ],
    [
      'finds a site named with its accents (Ménaka) against its plain id',
      'Le convoi est parti hier. Ménaka est désormais vide.',
      event('2023-08-25', ['menaka']),
      '[…] Ménaka est désormais vide.',
    ],
    [
      'counts each site named: two sites above one',
      'Le convoi part de Ber. Il va de Ber à Tombouctou.',
      event('2023-08-13', ['ber', 'tombouctou']),
      '[…] Il va de Ber à Tombouctou.',
    ],
    [
      'keeps the first of sentences that carry the claim equally',
      'Kidal est calme. Kidal est loin. Rien ne bouge.',
      event('2023-10-31', ['kidal']),
      'Kidal est calme. […]',
    ],
  ])('%s', (_, passage, claim, kept) => {
    expect(claimSentence(passage, claim).text).toBe(kept);
  });

  it('reads the day as a whole number, at a sentence’s start or end, not inside another number', () => {
    // The 4th, at Ogossagou: a sentence naming the day outweighs one naming the site,
    // but "14" and "40" do not name the 4th.
    const day4 = event('2023-08-04', ['ogossagou']);
    expect(claimSentence('Le 14 août à Ogossagou. Le 4 août, départ.', day4).text).toBe(
      '[…] Le 4 août, départ.',
    );
    expect(claimSentence('Puis 40 camions à Ogossagou. Le 4 août, départ.', day4).text).toBe(
      '[…] Le 4 août, départ.',
    );
    expect(claimSentence('4 août, départ. Le camp d’Ogossagou est vide.', day4).text).toBe(
      '4 août, départ. […]',
    );
    expect(claimSentence('Rien à Ogossagou. Ils partent le 4', day4).text).toBe(
      '[…] Ils partent le 4',
    );
  });
});

describe('sentences', () => {
  it('end at a full stop, !, ? or … before a capital, an accented capital or a quote mark', () => {
    expect(sentencesOf('Il part ! Élan. Fini ? « Oui. » Bien… “Non” Si. "Là"')).toEqual([
      'Il part !',
      'Élan.',
      'Fini ?',
      '« Oui. » Bien…',
      '“Non” Si.',
      '"Là"',
    ]);
  });

  it('do not end before a small letter, nor without a space', () => {
    expect(sentencesOf('Le camp de la MINUSMA. à Gao.Le reste')).toEqual([
      'Le camp de la MINUSMA. à Gao.Le reste',
    ]);
  });

  it('are trimmed, and an empty passage has none', () => {
    expect(sentencesOf('  Un.   Deux.  ')).toEqual(['Un.', 'Deux.']);
    expect(sentencesOf('   ')).toEqual([]);
  });
});
