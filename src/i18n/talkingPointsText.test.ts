/**
 * The talking points of every event day, written by hand from the sources: the days
 * each site was left and how (data/reports), the plan's windows and handovers (the
 * letter of 18 August 2023, S/2023/611), and the event titles. Counts: 13 sites; as
 * reported, one fewer open from each day a site was left (the day left and the day
 * handed over are two facts: Ogossagou handed over 3 August, left 4 August; Ber left
 * 13 August, handed over 14 August; Goundam handed over 15 August, left 16 August;
 * Tessalit's handover contested); in the plan, Ogossagou closed
 * from 3 August, Ber from 12 August, the rest of phase one from 1 September, sequence a
 * from 1 December, sequence b from 16 December, Ansongo from 1 January 2024, and Gao,
 * Bamako and Timbuktu never within the timeline (liquidation sites).
 */
import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from '../domain/compiledDataset.testing.ts';
import { talkingPointsAt } from '../domain/talkingPoints.ts';
import type { IsoDate, Lang, Story } from '../domain/types.ts';
import {
  daySummary,
  stepHeadline,
  talkingPointsLine,
  talkingPointsText,
} from './talkingPointsText.ts';

const dataset = loadCompiledDataset();
const lineOf = (day: string, view: Story, lang: Lang) =>
  talkingPointsLine(lang, talkingPointsAt(dataset, day as IsoDate, view));

// [day, English, French], one row per event day of the reported story.
const REPORTED: [string, string, string][] = [
  [
    '2023-06-16',
    '16 June 2023 — Mali asks for withdrawal without delay; 13 of 13 sites not yet closed; the plan had 13 open.',
    '16 juin 2023 — Le Mali demande le retrait sans délai ; sites pas encore fermés : 13 sur 13 ; selon le plan : 13.',
  ],
  [
    '2023-06-21',
    '21 June 2023 — Mali confirms its request; 13 of 13 sites not yet closed; the plan had 13 open.',
    '21 juin 2023 — Le Mali confirme sa demande ; sites pas encore fermés : 13 sur 13 ; selon le plan : 13.',
  ],
  [
    '2023-06-27',
    '27 June 2023 — Customs restrictions; 13 of 13 sites not yet closed; the plan had 13 open.',
    '27 juin 2023 — Restrictions douanières ; sites pas encore fermés : 13 sur 13 ; selon le plan : 13.',
  ],
  [
    '2023-06-30',
    '30 June 2023 — The mandate and operations end; 13 of 13 sites not yet closed; the plan had 13 open.',
    '30 juin 2023 — Fin du mandat et des opérations ; sites pas encore fermés : 13 sur 13 ; selon le plan : 13.',
  ],
  [
    '2023-08-03',
    '3 August 2023 — Ogossagou: handed over to the Malian State; 13 of 13 sites not yet closed; the plan had 12 open.',
    '3 août 2023 — Ogossagou : rétrocession à l’État malien ; sites pas encore fermés : 13 sur 13 ; selon le plan : 12.',
  ],
  [
    '2023-08-04',
    '4 August 2023 — Ogossagou left, within its planned window; 12 of 13 sites not yet closed; the plan had 12 open.',
    '4 août 2023 — Ogossagou : camp quitté, dans sa fenêtre prévue ; sites pas encore fermés : 12 sur 13 ; selon le plan : 12.',
  ],
  [
    '2023-08-13',
    '13 August 2023 — Ber left, within its planned window; 11 of 13 sites not yet closed; the plan had 11 open.',
    '13 août 2023 — Ber : camp quitté, dans sa fenêtre prévue ; sites pas encore fermés : 11 sur 13 ; selon le plan : 11.',
  ],
  [
    '2023-08-14',
    '14 August 2023 — Ber: handed over to the civilian authorities; 11 of 13 sites not yet closed; the plan had 11 open.',
    '14 août 2023 — Ber : rétrocession aux autorités civiles ; sites pas encore fermés : 11 sur 13 ; selon le plan : 11.',
  ],
  [
    '2023-08-15',
    '15 August 2023 — Goundam: handed over to the civilian authorities; 11 of 13 sites not yet closed; the plan had 11 open.',
    '15 août 2023 — Goundam : rétrocession aux autorités civiles ; sites pas encore fermés : 11 sur 13 ; selon le plan : 11.',
  ],
  [
    '2023-08-16',
    '16 August 2023 — Goundam left, within its planned window; 10 of 13 sites not yet closed; the plan had 11 open.',
    '16 août 2023 — Goundam : camp quitté, dans sa fenêtre prévue ; sites pas encore fermés : 10 sur 13 ; selon le plan : 11.',
  ],
  [
    '2023-08-17',
    '17 August 2023 — The count of sites, as reported; 10 of 13 sites not yet closed; the plan had 11 open.',
    '17 août 2023 — Le décompte des sites, selon une source ; sites pas encore fermés : 10 sur 13 ; selon le plan : 11.',
  ],
  [
    '2023-08-18',
    '18 August 2023 — The count of sites, as reported; 10 of 13 sites not yet closed; the plan had 11 open.',
    '18 août 2023 — Le décompte des sites, selon une source ; sites pas encore fermés : 10 sur 13 ; selon le plan : 11.',
  ],
  [
    '2023-08-25',
    '25 August 2023 — Ménaka handed over, within its planned window; 9 of 13 sites not yet closed; the plan had 11 open.',
    '25 août 2023 — Ménaka : camp rétrocédé, dans sa fenêtre prévue ; sites pas encore fermés : 9 sur 13 ; selon le plan : 11.',
  ],
  [
    '2023-08-28',
    '28 August 2023 — Personnel to repatriate, as reported; 9 of 13 sites not yet closed; the plan had 11 open.',
    '28 août 2023 — Le personnel à rapatrier, selon une source ; sites pas encore fermés : 9 sur 13 ; selon le plan : 11.',
  ],
  [
    '2023-09-24',
    '24 September 2023 — 200 trucks held in Gao; 9 of 13 sites not yet closed; the plan had 9 open.',
    '24 septembre 2023 — 200 camions bloqués à Gao ; sites pas encore fermés : 9 sur 13 ; selon le plan : 9.',
  ],
  [
    '2023-10-10',
    '10 October 2023 — Kidal: the outposts are left; 9 of 13 sites not yet closed; the plan had 9 open.',
    '10 octobre 2023 — Kidal : les postes avancés sont évacués ; sites pas encore fermés : 9 sur 13 ; selon le plan : 9.',
  ],
  [
    '2023-10-16',
    '16 October 2023 — Kidal region: the withdrawal begins, with Tessalit and Aguelhok; 9 of 13 sites not yet closed; the plan had 9 open.',
    '16 octobre 2023 — Région de Kidal : début du retrait, par Tessalit et Aguelhok ; sites pas encore fermés : 9 sur 13 ; selon le plan : 9.',
  ],
  [
    '2023-10-19',
    '19 October 2023 — MINUSMA aircraft hit at Tessalit; 9 of 13 sites not yet closed; the plan had 9 open.',
    '19 octobre 2023 — Avion de la MINUSMA touché à Tessalit ; sites pas encore fermés : 9 sur 13 ; selon le plan : 9.',
  ],
  [
    '2023-10-21',
    '21 October 2023 — Tessalit left (its handover is contested), within its planned window; Douentza handed over, within its planned window; 7 of 13 sites not yet closed; the plan had 9 open.',
    '21 octobre 2023 — Tessalit : camp quitté (rétrocession contestée), dans sa fenêtre prévue ; Douentza : camp rétrocédé, dans sa fenêtre prévue ; sites pas encore fermés : 7 sur 13 ; selon le plan : 9.',
  ],
  [
    '2023-10-23',
    '23 October 2023 — Aguelhok left without a handover, within its planned window; 6 of 13 sites not yet closed; the plan had 9 open.',
    '23 octobre 2023 — Aguelhok : camp quitté sans rétrocession, dans sa fenêtre prévue ; sites pas encore fermés : 6 sur 13 ; selon le plan : 9.',
  ],
  [
    '2023-10-24',
    '24 October 2023 — Armed men enter the former Aguelhok camp; 6 of 13 sites not yet closed; the plan had 9 open.',
    "24 octobre 2023 — Des hommes armés entrent dans l'ancien camp d'Aguelhok ; sites pas encore fermés : 6 sur 13 ; selon le plan : 9.",
  ],
  [
    '2023-10-31',
    '31 October 2023 — Kidal left without a handover, 31 days before its planned window; 5 of 13 sites not yet closed; the plan had 9 open.',
    '31 octobre 2023 — Kidal : camp quitté sans rétrocession, 31 jours avant sa fenêtre prévue ; sites pas encore fermés : 5 sur 13 ; selon le plan : 9.',
  ],
  [
    '2023-11-18',
    '18 November 2023 — Ansongo handed over, 27 days before its planned window; 4 of 13 sites not yet closed; the plan had 9 open.',
    '18 novembre 2023 — Ansongo : camp rétrocédé, 27 jours avant sa fenêtre prévue ; sites pas encore fermés : 4 sur 13 ; selon le plan : 9.',
  ],
  [
    '2023-11-20',
    '20 November 2023 — Personnel who had left, as reported; 4 of 13 sites not yet closed; the plan had 9 open.',
    '20 novembre 2023 — Le personnel parti, selon une source ; sites pas encore fermés : 4 sur 13 ; selon le plan : 9.',
  ],
  [
    '2023-11-24',
    '24 November 2023 — Personnel who had left, as reported; 4 of 13 sites not yet closed; the plan had 9 open.',
    '24 novembre 2023 — Le personnel parti, selon une source ; sites pas encore fermés : 4 sur 13 ; selon le plan : 9.',
  ],
  [
    '2023-12-08',
    '8 December 2023 — Mopti (Sévaré) handed over, within its planned window; 3 of 13 sites not yet closed; the plan had 6 open.',
    '8 décembre 2023 — Mopti (Sévaré) : camp rétrocédé, dans sa fenêtre prévue ; sites pas encore fermés : 3 sur 13 ; selon le plan : 6.',
  ],
  [
    '2023-12-11',
    '11 December 2023 — Closure ceremony in Bamako; 3 of 13 sites not yet closed; the plan had 6 open.',
    '11 décembre 2023 — Cérémonie de clôture à Bamako ; sites pas encore fermés : 3 sur 13 ; selon le plan : 6.',
  ],
  [
    '2023-12-28',
    '28 December 2023 — Timbuktu handed over; 2 of 13 sites not yet closed; the plan had 4 open.',
    '28 décembre 2023 — Tombouctou : camp rétrocédé ; sites pas encore fermés : 2 sur 13 ; selon le plan : 4.',
  ],
  [
    '2023-12-30',
    '30 December 2023 — Secretary-General’s statement; 2 of 13 sites not yet closed; the plan had 4 open.',
    '30 décembre 2023 — Déclaration du Secrétaire général ; sites pas encore fermés : 2 sur 13 ; selon le plan : 4.',
  ],
  [
    '2024-01-01',
    '1 January 2024 — Bamako (headquarters): a liquidation site; 2 of 13 sites not yet closed; the plan had 3 open.',
    '1er janvier 2024 — Bamako (quartier général) : site de la liquidation ; sites pas encore fermés : 2 sur 13 ; selon le plan : 3.',
  ],
  [
    '2024-07-22',
    '22 July 2024 — Gao handed over; 1 of 13 sites not yet closed; the plan had 3 open.',
    '22 juillet 2024 — Gao : camp rétrocédé ; sites pas encore fermés : 1 sur 13 ; selon le plan : 3.',
  ],
  [
    '2024-11-15',
    '15 November 2024 — Bamako (headquarters) handed over; 0 of 13 sites not yet closed; the plan had 3 open.',
    '15 novembre 2024 — Bamako (quartier général) : camp rétrocédé ; sites pas encore fermés : 0 sur 13 ; selon le plan : 3.',
  ],
];

describe('talking points, as it happened', () => {
  for (const [day, english, french] of REPORTED) {
    it(`${day} in English`, () => expect(lineOf(day, 'reported', 'en')).toBe(english));
    it(`${day} in French`, () => expect(lineOf(day, 'reported', 'fr')).toBe(french));
  }

  it('lists the other events of a day by title, each title once', () => {
    const points = talkingPointsAt(dataset, '2023-10-31' as IsoDate, 'reported');
    expect(talkingPointsText('en', points)[1]).toBe(
      'Also that day: The Kidal–Gao convoy; Personnel who had left, as reported; The count of sites, as reported; Kidal: taken over by the CSP-PSD rebels.',
    );
  });
});

describe('talking points of the plan', () => {
  it('before the plan was written, counts by the letters', () => {
    expect(lineOf('2023-08-12', 'plan', 'en')).toBe(
      '12 August 2023 — Ber handed over; according to the letters, 11 of 13 sites not yet closed; as reported, 12.',
    );
  });

  it('after it, says the plan and closes phase one at its window’s end', () => {
    expect(lineOf('2023-09-01', 'plan', 'en')).toBe(
      '1 September 2023 — Goundam closed in the plan; Ménaka closed in the plan; in the plan, 9 of 13 sites not yet closed; as reported, 9.',
    );
    expect(lineOf('2023-12-01', 'plan', 'fr')).toBe(
      '1er décembre 2023 — Tessalit : fermé selon le plan ; Aguelhok : fermé selon le plan ; Douentza : fermé selon le plan ; selon le plan, sites pas encore fermés : 6 sur 13 ; en fait : 4.',
    );
  });
});

describe('how a day stood against the plan’s window, in words', () => {
  // Kidal, left without a handover on 31 October 2023: the same step with the day moved
  // against its window by hand, for the distances the data does not reach.
  const kidalAt = (daysBeforeWindow: number) => {
    const points = talkingPointsAt(dataset, '2023-10-31' as IsoDate, 'reported');
    return {
      ...points,
      closed: points.closed.map((closed) => ({ ...closed, daysBeforeWindow })),
    };
  };
  const headline = (lang: Lang, days: number) => stepHeadline(lang, kidalAt(days));

  it('says one day in the singular, before or after', () => {
    expect(headline('en', 1)).toBe(
      'Kidal left without a handover, 1 day before its planned window',
    );
    expect(headline('fr', -1)).toBe(
      'Kidal : camp quitté sans rétrocession, 1 jour après sa fenêtre prévue',
    );
  });

  it('counts the days after the window as a positive number', () => {
    expect(headline('en', -12)).toBe(
      'Kidal left without a handover, 12 days after its planned window',
    );
    expect(headline('fr', 2)).toBe(
      'Kidal : camp quitté sans rétrocession, 2 jours avant sa fenêtre prévue',
    );
  });
});

describe('a day with no step of its own', () => {
  it('gives the date and the counts only, where nothing happened that day', () => {
    expect(daySummary(dataset, 'en', '2023-07-01' as IsoDate, 'reported')).toBe(
      '1 July 2023 — 13 of 13 sites not yet closed; the plan had 13 open.',
    );
    expect(daySummary(dataset, 'fr', '2023-07-01' as IsoDate, 'plan')).toBe(
      '1er juillet 2023 — selon les lettres, sites pas encore fermés : 13 sur 13 ; en fait : 13.',
    );
  });
});

describe('the other events of a step', () => {
  const textOf = (day: string) =>
    talkingPointsText('en', talkingPointsAt(dataset, day as IsoDate, 'reported'));

  it('lists none where the day has one event', () => {
    expect(textOf('2023-08-15')).toEqual([
      '15 August 2023 — Goundam: handed over to the civilian authorities; 11 of 13 sites not yet closed; the plan had 11 open.',
    ]);
  });

  it('does not repeat the lead event where no site closed that day', () => {
    // 28 August 2023: two counts, personnel first; the line already says the first.
    expect(textOf('2023-08-28')).toEqual([
      '28 August 2023 — Personnel to repatriate, as reported; 9 of 13 sites not yet closed; the plan had 11 open.',
      'Also that day: The count of sites, as reported.',
    ]);
  });
});

describe('the other events of a step where sites closed', () => {
  it('lists nothing more where the plan closes sites on a day without an event', () => {
    // 16 December 2023: sequence b (Mopti, Kidal) ended on the 15th; no event that day.
    expect(
      talkingPointsText('en', talkingPointsAt(dataset, '2023-12-16' as IsoDate, 'plan')),
    ).toEqual([
      '16 December 2023 — Mopti (Sévaré) closed in the plan; Kidal closed in the plan; in the plan, 4 of 13 sites not yet closed; as reported, 3.',
    ]);
  });

  it('leaves out only the closed sites’ own handovers, not another site’s', () => {
    // A copy of the data with Ber left on 15 August, the day Goundam was handed over.
    const moved = loadCompiledDataset();
    const ber = moved.reported.sites.find((fact) => fact.site === 'ber');
    if (!ber) throw new Error('Ber is reported');
    ber.left.date = '2023-08-15' as IsoDate;
    expect(
      talkingPointsText('en', talkingPointsAt(moved, '2023-08-15' as IsoDate, 'reported')),
    ).toEqual([
      '15 August 2023 — Ber left, within its planned window; 11 of 13 sites not yet closed; the plan had 11 open.',
      'Also that day: Goundam: handed over to the civilian authorities.',
    ]);
  });
});
