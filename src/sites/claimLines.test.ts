/**
 * What each site's card claims, as it happened, in both languages: a row per site,
 * written from the sources (the sentence behind each value is named beside it), not
 * from the code; then each site's status the day before and the day of each claim.
 */
import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from '../domain/compiledDataset.testing.ts';
import { addDays } from '../domain/dates.ts';
import type { IsoDate, ReportedSite, SiteId } from '../domain/types.ts';
import { dayViewAt, statusesAt } from '../domain/views.ts';
import { claimLines } from './claimLines.ts';

const dataset = loadCompiledDataset();
const day = (text: string) => text as IsoDate;
const factOf = (id: SiteId): ReportedSite => {
  const fact = dataset.reported.sites.find((f) => f.site === id);
  if (!fact) throw new Error(`no reported facts for ${id}`);
  return fact;
};

interface Row {
  /** Sourced start of the withdrawal, day left, handover day (null if none), takeover day. */
  days: { start?: string; left: string; handover?: string; takeover?: string };
  en: { start?: string; left: string; handover: string; takeover?: string };
  fr: { start?: string; left: string; handover: string; takeover?: string };
}

const CARDS: Record<SiteId, Row> = {
  // Left: "shut down … on 4 August" (UN noon briefing, 17 Aug). Handed over: "Le 3 août, la base
  // … a été remise au Gouvernement de transition" (the letter); "the formal handover … the day before" (MINUSMA).
  ogossagou: {
    days: { left: '2023-08-04', handover: '2023-08-03' },
    en: { left: '4 August 2023', handover: 'on 3 August 2023, to the Malian State (formal)' },
    fr: { left: '4 août 2023', handover: 'le 3 août 2023, à l’État malien (officielle)' },
  },
  // Left: "brought forward to August 13" (MINUSMA). Handed over "to the Malian State, through its
  // designated civilian representatives" (MINUSMA); "de Ber le lundi 14 août 2023" (the Malian authorities).
  ber: {
    days: { left: '2023-08-13', handover: '2023-08-14' },
    en: {
      left: '13 August 2023',
      handover: 'on 14 August 2023, to the civilian authorities (formal)',
    },
    fr: { left: '13 août 2023', handover: 'le 14 août 2023, aux autorités civiles (officielle)' },
  },
  // Left: "Goundam three days later" than Ber's 13 August (MINUSMA, 31 Aug). Handed over: "Goundam
  // le mardi 15 août 2023" (the Malian authorities), to the designated civilian representatives (MINUSMA).
  goundam: {
    days: { left: '2023-08-16', handover: '2023-08-15' },
    en: {
      left: '16 August 2023',
      handover: 'on 15 August 2023, to the civilian authorities (formal)',
    },
    fr: { left: '16 août 2023', handover: 'le 15 août 2023, aux autorités civiles (officielle)' },
  },
  // "left the Ménaka camp … on August 25"; "closed on Friday and returned to the Governor" (UN, 28 Aug).
  menaka: {
    days: { left: '2023-08-25', handover: '2023-08-25' },
    en: { left: '25 August 2023', handover: 'on 25 August 2023, to the governor (formal)' },
    fr: { left: '25 août 2023', handover: 'le 25 août 2023, au gouverneur (officielle)' },
  },
  // Started "today" (16 Oct); "completed … on 21 October 2023"; "rétrocession provisoire aux FAMa"
  // against "sans rétrocession" (VOA); the army "a repris le contrôle ce samedi 21 octobre à 9h00".
  tessalit: {
    days: { start: '2023-10-16', left: '2023-10-21', takeover: '2023-10-21' },
    en: {
      start: '16 October 2023',
      left: '21 October 2023',
      handover: 'contested (the accounts differ)',
      takeover: 'the Malian army, on 21 October 2023',
    },
    fr: {
      start: '16 octobre 2023',
      left: '21 octobre 2023',
      handover: 'contestée (les récits divergent)',
      takeover: 'l’armée malienne, le 21 octobre 2023',
    },
  },
  // "ont quitté ce jour le camp d’Aguelhok" (Monday 23 Oct); "sans rétrocession aux forces armées maliennes".
  aguelhok: {
    days: { start: '2023-10-16', left: '2023-10-23' },
    en: {
      start: '16 October 2023',
      left: '23 October 2023',
      handover: 'none (left without a handover)',
    },
    fr: {
      start: '16 octobre 2023',
      left: '23 octobre 2023',
      handover: 'aucune (départ sans rétrocession)',
    },
  },
  // "fermé et remis aux autorités maliennes le 21 octobre 2023"; "remis à un représentant civil de l’Etat malien".
  douentza: {
    days: { left: '2023-10-21', handover: '2023-10-21' },
    en: {
      left: '21 October 2023',
      handover: 'on 21 October 2023, to the civilian authorities (formal)',
    },
    fr: {
      left: '21 octobre 2023',
      handover: 'le 21 octobre 2023, aux autorités civiles (officielle)',
    },
  },
  // "mis fin à sa présence dans la région de Kidal aujourd’hui" (31 Oct); "sans rétrocession" (VOA);
  // "CSP-PSD ont pris le contrôle de la base juste après son départ".
  kidal: {
    days: { left: '2023-10-31', takeover: '2023-10-31' },
    en: {
      left: '31 October 2023',
      handover: 'none (left without a handover)',
      takeover: 'the CSP-PSD rebels, on 31 October 2023',
    },
    fr: {
      left: '31 octobre 2023',
      handover: 'aucune (départ sans rétrocession)',
      takeover: 'les rebelles du CSP-PSD, le 31 octobre 2023',
    },
  },
  // "officially closed … on Saturday November 18"; "handed over to the civil authorities, represented by the prefect".
  ansongo: {
    days: { left: '2023-11-18', handover: '2023-11-18' },
    en: { left: '18 November 2023', handover: 'on 18 November 2023, to the prefect (formal)' },
    fr: { left: '18 novembre 2023', handover: 'le 18 novembre 2023, au préfet (officielle)' },
  },
  // "today closed its camp in Sévaré" (8 Dec); "a remis vendredi aux autorités nationales" (AFP).
  mopti: {
    days: { left: '2023-12-08', handover: '2023-12-08' },
    en: { left: '8 December 2023', handover: 'on 8 December 2023, to the Malian State (formal)' },
    fr: { left: '8 décembre 2023', handover: 'le 8 décembre 2023, à l’État malien (officielle)' },
  },
  // "a fermé jeudi 28 décembre"; "les clés des lieux ont été remises au gouverneur de la région".
  tombouctou: {
    days: { left: '2023-12-28', handover: '2023-12-28' },
    en: { left: '28 December 2023', handover: 'on 28 December 2023, to the governor (formal)' },
    fr: { left: '28 décembre 2023', handover: 'le 28 décembre 2023, au gouverneur (officielle)' },
  },
  // "remis les clés … le lundi 22 juillet"; "la remise officielle a été faite entre le gouverneur …".
  gao: {
    days: { left: '2024-07-22', handover: '2024-07-22' },
    en: { left: '22 July 2024', handover: 'on 22 July 2024, to the governor (formal)' },
    fr: { left: '22 juillet 2024', handover: 'le 22 juillet 2024, au gouverneur (officielle)' },
  },
  // "a officiellement rétrocédé les derniers locaux de la mission à l’État malien, le vendredi 15 novembre 2024" (ORTM).
  bamako: {
    days: { left: '2024-11-15', handover: '2024-11-15' },
    en: { left: '15 November 2024', handover: 'on 15 November 2024, to the Malian State (formal)' },
    fr: { left: '15 novembre 2024', handover: 'le 15 novembre 2024, à l’État malien (officielle)' },
  },
};

const rows = Object.entries(CARDS) as [SiteId, Row][];

describe('what each site’s card claims, as it happened', () => {
  for (const [site, row] of rows)
    for (const lang of ['en', 'fr'] as const)
      it(`${site}, in ${lang === 'en' ? 'English' : 'French'}`, () => {
        const lines = claimLines(lang, factOf(site));
        const expected = row[lang];
        expect(lines).toEqual({
          start: expected.start ?? null,
          left: expected.left,
          handover: expected.handover,
          takeover: expected.takeover ?? null,
        });
      });
});

describe('each site’s status the day before and the day of each claim', () => {
  const on = (d: string) => statusesAt(dataset, day(d), 'reported');
  for (const [site, { days }] of rows) {
    it(`${site}: closed from the day left (${days.left}), not the day before`, () => {
      expect(on(addDays(day(days.left), -1))[site]).not.toBe('closed');
      expect(on(days.left)[site]).toBe('closed');
    });
    if (days.start) {
      const start = days.start;
      it(`${site}: closing from its sourced start (${start}), open the day before`, () => {
        expect(on(addDays(day(start), -1))[site]).toBe('open');
        expect(on(start)[site]).toBe('closing');
      });
    } else if (site !== 'gao' && site !== 'bamako') {
      it(`${site}: open the day before it was left, no source dating a start`, () => {
        expect(on(addDays(day(days.left), -1))[site]).toBe('open');
      });
    }
    const handover = days.handover;
    if (handover)
      it(`${site}: ringed on its handover day (${handover}), not the day before unless it was left then`, () => {
        const rings = (d: IsoDate) => dayViewAt(dataset, d, 'reported').handoverToday.has(site);
        expect(rings(day(handover))).toBe(true);
        const before = addDays(day(handover), -1);
        expect(rings(before)).toBe(before === days.left);
      });
    if (days.takeover) {
      const takeover = days.takeover;
      it(`${site}: drawn apart (not handed over) from the day it was taken over (${takeover})`, () => {
        expect(
          dayViewAt(dataset, addDays(day(takeover), -1), 'reported').departures.has(site),
        ).toBe(false);
        expect(dayViewAt(dataset, day(takeover), 'reported').departures.has(site)).toBe(true);
      });
    }
  }
});
