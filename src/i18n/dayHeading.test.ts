/**
 * A day's heading, checked against the sources: the event titles and the phases' names
 * of data/timeline.source.json, and the plan written in the letter of 18 August 2023
 * (S/2023/611), before which the map tells what the letters report.
 */
import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from '../domain/compiledDataset.testing.ts';
import type { IsoDate, Lang, Story } from '../domain/types.ts';
import { type DayHeading, dayHeading, phaseName } from './dayHeading.ts';

const dataset = loadCompiledDataset();

// [day, language, story, what the heading says (or part of it)]
const HEADINGS: [string, Lang, Story, Partial<DayHeading>][] = [
  // The first day, with its event, before any phase: what the letters report.
  [
    '2023-06-16',
    'en',
    'plan',
    {
      date: '16 June 2023',
      phase: 'Before the withdrawal plan',
      story: 'What happened, according to the letters',
      caption: 'Mali asks for withdrawal without delay',
    },
  ],
  // The plan is called a plan from the day after its letter, in French too.
  ['2023-08-18', 'fr', 'plan', { story: 'Ce qui s’est passé, selon les lettres' }],
  [
    '2023-08-19',
    'fr',
    'plan',
    { date: '19 août 2023', phase: 'Phase 1', story: 'Le plan (lettre du 18 août 2023)' },
  ],
  // What happened is said to be reported, whatever the day; a day without an event of
  // its own is captioned with its story's latest (Ogossagou left on 4 August).
  ['2023-06-16', 'en', 'reported', { story: 'What happened, as reported' }],
  [
    '2023-08-05',
    'en',
    'reported',
    { date: '5 August 2023', phase: 'Phase one', caption: 'Ogossagou: the Mission leaves' },
  ],
  // The phase a day falls in, to the liquidation.
  ['2023-10-01', 'en', 'plan', { phase: 'Phase two, sequence a' }],
  ['2024-03-01', 'fr', 'plan', { phase: 'Période de liquidation' }],
  // No caption before the story's first event.
  ['2000-01-01', 'en', 'plan', { caption: null }],
];

describe('dayHeading', () => {
  it.each(HEADINGS)('heads %s in %s, in the %s story', (day, lang, story, expected) => {
    expect(dayHeading(dataset, lang, day as IsoDate, story)).toMatchObject(expected);
  });
});

describe('phaseName', () => {
  it('says a day outside every phase is before the plan, in both languages', () => {
    expect(phaseName('en', null)).toBe('Before the withdrawal plan');
    expect(phaseName('fr', null)).toBe('Avant le plan de retrait');
  });
});
