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
