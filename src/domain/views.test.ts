/**
 * The two views, checked against the sources rather than the code: the days below
 * are copied from data/reports (each with the sentence that states it) and from the
 * letter's schedule.
 */
import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from './compiledDataset.testing.ts';
import { addDays } from './dates.ts';
import type { IsoDate, SiteId, SiteStatus } from './types.ts';
import {
  dayViewAt,
  eventsOf,
  isPlannedDay,
  notClosedSeries,
  statusChangesBetween,
  statusesAt,
} from './views.ts';

const dataset = loadCompiledDataset();
const day = (text: string) => text as IsoDate;
/** Each site's status on day `d` as it happened, and as the plan had it. */
const reportedOn = (d: string) => statusesAt(dataset, day(d), 'reported');
const plannedOn = (d: string) => statusesAt(dataset, day(d), 'plan');

type Handover = 'handed-over' | 'no-handover' | 'contested';
/** The day the sources say the Mission left each site, and its handover (see the research notes). */
const REPORTED_LEFT: Record<SiteId, { left: string; handover: Handover }> = {
  ogossagou: { left: '2023-08-04', handover: 'handed-over' }, // "shut down … on 4 August" (UN, 17 Aug)
  ber: { left: '2023-08-13', handover: 'handed-over' }, // "brought forward to August 13"
  goundam: { left: '2023-08-16', handover: 'handed-over' }, // "Goundam three days later" (after 13 Aug)
  menaka: { left: '2023-08-25', handover: 'handed-over' }, // "left the Ménaka camp … on August 25"
  tessalit: { left: '2023-10-21', handover: 'contested' }, // army: taken over; VOA: "sans rétrocession"
  aguelhok: { left: '2023-10-23', handover: 'no-handover' }, // "quitté ce jour", Monday 23 October
  douentza: { left: '2023-10-21', handover: 'handed-over' }, // "fermé et remis … le 21 octobre"
  kidal: { left: '2023-10-31', handover: 'no-handover' }, // "ended its presence in the Kidal region today"
  ansongo: { left: '2023-11-18', handover: 'handed-over' }, // "on Saturday November 18"
  mopti: { left: '2023-12-08', handover: 'handed-over' }, // "08 December 2023 - MINUSMA today closed its camp in Sévaré"
  tombouctou: { left: '2023-12-28', handover: 'handed-over' }, // "a fermé jeudi 28 décembre"
  gao: { left: '2024-07-22', handover: 'handed-over' }, // "le lundi 22 juillet"
  bamako: { left: '2024-11-15', handover: 'handed-over' }, // "le vendredi 15 novembre 2024"
};

describe('the reported view, site by site', () => {
  for (const [site, { left }] of Object.entries(REPORTED_LEFT) as [
    SiteId,
    { left: string; handover: Handover },
  ][]) {
    it(`${site} is closed from ${left}, and not the day before`, () => {
      const before = statusesAt(dataset, addDays(day(left), -1), 'reported')[site];
      expect(before).not.toBe('closed');
      expect(reportedOn(left)[site]).toBe('closed');
    });
  }

  it('draws Aguelhok and Kidal as left without a handover and Tessalit as contested once closed, no other', () => {
    const view = dayViewAt(dataset, day('2023-11-01'), 'reported');
    expect(Object.fromEntries(view.departures)).toEqual(
      Object.fromEntries(
        Object.entries(REPORTED_LEFT)
          .filter(([, fact]) => fact.handover !== 'handed-over' && fact.left <= '2023-11-01')
          .map(([site, fact]) => [site, fact.handover]),
      ),
    );
  });

  it('rings a site on the day it was left and on the day it was handed over, and no other site', () => {
    const rings = (d: string) => [...dayViewAt(dataset, day(d), 'reported').handoverToday];
    // Ogossagou: handed over on 3 August (the letter, MINUSMA), left on the 4th.
    expect(rings('2023-08-03')).toEqual(['ogossagou']);
    expect(rings('2023-08-04')).toEqual(['ogossagou']);
    expect(rings('2023-08-13')).toEqual(['ber']);
    expect(rings('2023-12-08')).toEqual(['mopti']);
    expect(rings('2023-12-09')).toEqual([]);
  });

  it('draws Tessalit as contested from 21 October, not before, and Aguelhok not yet', () => {
    const drawn = (d: string) => [...dayViewAt(dataset, day(d), 'reported').departures];
    expect(drawn('2023-10-20')).toEqual([]);
    expect(drawn('2023-10-21')).toEqual([['tessalit', 'contested']]);
  });

  it('keeps Kidal open until it was left (its outposts are not the camp) and has Tessalit closing from 16 October', () => {
    expect(reportedOn('2023-10-10').kidal).toBe('open');
    expect(reportedOn('2023-10-30').kidal).toBe('open');
    expect(reportedOn('2023-10-15').tessalit).toBe('open');
    expect(reportedOn('2023-10-16').tessalit).toBe('closing');
  });

  it('shows no planned window as a reported start: sites without a sourced start stay open until left', () => {
    // Ber, Goundam, Ménaka and Ogossagou: the plan's phase one began on 15 July; no source dates their start.
    expect(reportedOn('2023-08-01')).toMatchObject({
      ber: 'open',
      goundam: 'open',
      menaka: 'open',
      ogossagou: 'open',
    });
    expect(reportedOn('2023-12-07').mopti).toBe('open');
    expect(reportedOn('2023-10-20').douentza).toBe('open');
  });

  it('has Gao and Bamako in liquidation from 1 January 2024 until their handovers', () => {
    expect(reportedOn('2023-12-31')).toMatchObject({ gao: 'open', bamako: 'open' });
    expect(reportedOn('2024-01-01')).toMatchObject({ gao: 'liquidation', bamako: 'liquidation' });
    expect(reportedOn('2024-07-21').gao).toBe('liquidation');
    expect(reportedOn('2024-11-14').bamako).toBe('liquidation');
  });

  it('closes Ansongo from its planned window start in the plan, but on 18 November as reported', () => {
    expect(plannedOn('2023-11-20').ansongo).toBe('open');
    expect(reportedOn('2023-11-20').ansongo).toBe('closed');
  });
});

describe('the plan view at the boundaries of the letter of 18 August 2023', () => {
  it('treats the days after 18 August as planned, and that day and before as reported by the letter', () => {
    expect(isPlannedDay(dataset.timeline, day('2023-08-18'))).toBe(false);
    expect(isPlannedDay(dataset.timeline, day('2023-08-19'))).toBe(true);
  });

  it('marks the day’s view planned only in the plan, after 18 August', () => {
    const planned = (d: string, view: 'plan' | 'reported') =>
      dayViewAt(dataset, day(d), view).planned;
    expect([planned('2023-08-18', 'plan'), planned('2023-08-19', 'plan')]).toEqual([false, true]);
    // What happened is reported, never planned, whatever the day.
    expect(planned('2023-11-01', 'reported')).toBe(false);
  });

  it('dates the plan by the letter it names, wherever that letter is in the list', () => {
    const reordered = { ...dataset.timeline, letters: [...dataset.timeline.letters].reverse() };
    expect(isPlannedDay(reordered, day('2023-08-18'))).toBe(false);
    expect(isPlannedDay(reordered, day('2023-08-19'))).toBe(true);
  });

  it('calls no day planned when the plan’s letter is not among the letters', () => {
    const unknown = { ...dataset.timeline, planLetter: 'S-2023-612' };
    expect(isPlannedDay(unknown, day('2023-08-19'))).toBe(false);
    expect(isPlannedDay(unknown, day('2024-06-01'))).toBe(false);
  });

  it('on 1 November 2023 still has Kidal open and Tessalit closing, as the plan had it', () => {
    expect(plannedOn('2023-11-01')).toMatchObject({
      kidal: 'open',
      tessalit: 'closing',
      aguelhok: 'closing',
      ansongo: 'open',
    });
  });

  it('draws the Ber convoy on 13 August only, the day the letter gives it', () => {
    const flows = (d: string) => dayViewAt(dataset, day(d), 'plan').activeFlows;
    expect(flows('2023-08-12').has('ber-tombouctou')).toBe(false);
    expect(flows('2023-08-13').has('ber-tombouctou')).toBe(true);
    expect(flows('2023-08-14').has('ber-tombouctou')).toBe(false);
  });

  it('calls Tombouctou a stated hub only on the day of the Ber convoy the letter states', () => {
    // Goundam's people go to Tombouctou by the map's inference; Ber's convoy, by the letter.
    const tombouctou = (d: string) => dayViewAt(dataset, day(d), 'plan').hubs.get('tombouctou');
    expect(tombouctou('2023-08-05')).toBe('inferred');
    expect(tombouctou('2023-08-13')).toBe('stated');
    expect(tombouctou('2023-08-14')).toBe('inferred');
  });
});

describe('each view tells its own story', () => {
  it('the reported story cites only sources from 15 July 2023 on, and the letters before', () => {
    for (const event of eventsOf(dataset, 'reported')) {
      const citesReports = event.citations.every((c) => 'source' in c);
      if (event.date >= '2023-07-15') expect(citesReports, event.id).toBe(true);
    }
  });

  it('the reported story begins with the letters’ events from before 15 July 2023, and none after', () => {
    const letters = new Set(dataset.timeline.events.map((event) => event.id));
    const fromLetters = eventsOf(dataset, 'reported').filter((event) => letters.has(event.id));
    // Mali's request and its confirmation, the customs restrictions, the end of operations,
    // and the older letters' context (2013, 2020).
    expect(fromLetters.map((event) => event.id)).toEqual([
      'traore-request',
      'temporary-bases-2020',
      'request-9350',
      'request-confirmed',
      'customs-restrictions',
      'operations-cease',
    ]);
  });

  it('the reported story runs in date order, a day’s events by id, whatever the files’ order', () => {
    const shuffled = {
      ...dataset,
      reported: { ...dataset.reported, events: [...dataset.reported.events].reverse() },
    };
    const told = eventsOf(shuffled, 'reported').map((event) => `${event.date} ${event.id}`);
    expect(told).toEqual([...told].sort());
    expect(told.filter((line) => line.startsWith('2023-08-13'))).toEqual([
      '2023-08-13 ber-convoy-attacked-reported',
      '2023-08-13 left-ber',
    ]);
  });

  it('the plan story cites only the letters', () => {
    for (const event of eventsOf(dataset, 'plan'))
      expect(
        event.citations.every((c) => 'letter' in c),
        event.id,
      ).toBe(true);
  });
});

describe('statusChangesBetween', () => {
  it('names the sites whose status changed from one event to the next', () => {
    const changes = statusChangesBetween(dataset, day('2023-08-03'), day('2023-08-12'), 'plan');
    expect(changes.map((c) => [c.site.id, c.from, c.to])).toEqual([['ber', 'closing', 'closed']]);
  });

  it('follows the view: as reported, Ber closed on the 13th, Ogossagou on the 4th', () => {
    const changes = statusChangesBetween(dataset, day('2023-08-03'), day('2023-08-13'), 'reported');
    const closed: [SiteId, SiteStatus][] = changes.map((c) => [c.site.id, c.to]);
    expect(closed).toEqual([
      ['ber', 'closed'],
      ['ogossagou', 'closed'],
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(statusChangesBetween(dataset, day('2023-06-16'), day('2023-06-21'), 'plan')).toEqual([]);
  });
});

describe('notClosedSeries', () => {
  it('starts with all 13 sites and ends, as reported, with none left', () => {
    const series = notClosedSeries(dataset, 'reported');
    expect(series[0]).toEqual({ day: '2023-06-16', notClosed: 13 });
    expect(series.at(-1)).toEqual({ day: '2024-11-15', notClosed: 0 });
  });

  it('counts the range’s last day', () => {
    const ending = {
      ...dataset,
      timeline: {
        ...dataset.timeline,
        range: { ...dataset.timeline.range, end: day('2024-11-15') },
      },
    };
    expect(notClosedSeries(ending, 'reported').at(-1)).toEqual({ day: '2024-11-15', notClosed: 0 });
  });
});
