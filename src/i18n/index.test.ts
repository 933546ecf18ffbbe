/**
 * The small helpers every text goes through: a message with its placeholders filled,
 * the colon as each language writes it, a month's name (as Intl writes it for en-GB
 * and fr-FR) and the reader's language from the browser's list.
 */
import { describe, expect, it } from 'vitest';
import { colon, monthName, preferredLang, t } from './index.ts';

describe('a message', () => {
  it('fills each placeholder from the values, a count of 0 too', () => {
    expect(t('en', 'points.daysBefore', { count: 31 })).toBe('31 days before its planned window');
    expect(t('fr', 'points.reportedCount', { count: 0, total: 13, plan: 3 })).toBe(
      'sites pas encore fermés : 0 sur 13 ; selon le plan : 3',
    );
  });

  it('keeps a placeholder it has no value for, and the whole text when given no values', () => {
    expect(t('en', 'points.reportedCount', { count: 5, total: 13 })).toBe(
      '5 of 13 sites not yet closed; the plan had {plan} open',
    );
    expect(t('en', 'points.daysBefore')).toBe('{count} days before its planned window');
  });
});

describe('a colon', () => {
  it('takes a no-break space before it in French only', () => {
    expect(colon('fr')).toBe('\u00a0:');
    expect(colon('en')).toBe(':');
  });
});

describe('a month’s name', () => {
  const intl = (locale: string, month: number, style: 'long' | 'short') =>
    new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(
      new Date(Date.UTC(2023, month - 1, 15)),
    );

  it('is Intl’s for each month, short unless asked long, counting January as 1', () => {
    for (let month = 1; month <= 12; month++) {
      expect(monthName('en', month)).toBe(intl('en-GB', month, 'short'));
      expect(monthName('fr', month)).toBe(intl('fr-FR', month, 'short'));
      expect(monthName('en', month, 'long')).toBe(intl('en-GB', month, 'long'));
      expect(monthName('fr', month, 'long')).toBe(intl('fr-FR', month, 'long'));
    }
  });

  it('is empty for a month that does not exist, rather than a word from elsewhere', () => {
    expect(monthName('en', 0)).toBe('');
    expect(monthName('fr', 13, 'long')).toBe('');
  });
});

describe('the reader’s language', () => {
  it('is the first of the browser’s languages we write, whatever its region or case', () => {
    expect(preferredLang(['fr-CA', 'en-GB'])).toBe('fr');
    expect(preferredLang(['de-DE', 'EN-us', 'fr'])).toBe('en');
    expect(preferredLang(['FR'])).toBe('fr');
  });

  it('is English when the browser names neither, or nothing', () => {
    expect(preferredLang(['de-DE', 'bm'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});
