/**
 * A day's heading, checked against the sources: the event titles and the phases' names
 * of data/timeline.source.json, and the plan written in the letter of 18 August 2023
 * (S/2023/611), before which the map tells what the letters report.
 */
import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from '../domain/compiledDataset.testing.ts';
import type { IsoDate } from '../domain/types.ts';
import { dayHeading, phaseName } from './dayHeading.ts';

const dataset = loadCompiledDataset();
const day = (value: string) => value as IsoDate;

describe('dayHeading', () => {
  it('heads the first day with its event, before any phase, as the letters report it', () => {
    expect(dayHeading(dataset, 'en', day('2023-06-16'), 'plan')).toEqual({
      date: '16 June 2023',
      phase: 'Before the withdrawal plan',
      story: 'What happened, according to the letters',
      caption: 'Mali asks for withdrawal without delay',
    });
  });

  it('calls the plan a plan from the day after its letter, in French too', () => {
    const onTheLettersDay = dayHeading(dataset, 'fr', day('2023-08-18'), 'plan');
    const after = dayHeading(dataset, 'fr', day('2023-08-19'), 'plan');
    expect(onTheLettersDay.story).toBe('Ce qui s’est passé, selon les lettres');
    expect(after).toMatchObject({
      date: '19 août 2023',
      phase: 'Phase 1',
      story: 'Le plan (lettre du 18 août 2023)',
    });
  });

  it('says what happened is reported, whatever the day, and captions a day with its story’s latest event', () => {
    expect(dayHeading(dataset, 'en', day('2023-08-05'), 'reported')).toEqual({
      date: '5 August 2023',
      phase: 'Phase one',
      story: 'What happened, as reported',
      caption: 'Ogossagou: the Mission leaves',
    });
    expect(dayHeading(dataset, 'en', day('2023-06-16'), 'reported').story).toBe(
      'What happened, as reported',
    );
  });

  it('names the phase a day falls in, to the liquidation', () => {
    expect(dayHeading(dataset, 'en', day('2023-10-01'), 'plan').phase).toBe(
      'Phase two, sequence a',
    );
    expect(dayHeading(dataset, 'fr', day('2024-03-01'), 'plan').phase).toBe(
      'Période de liquidation',
    );
  });

  it('has no caption before the story’s first event', () => {
    expect(dayHeading(dataset, 'en', day('2000-01-01'), 'plan').caption).toBeNull();
  });
});

describe('phaseName', () => {
  it('says a day outside every phase is before the plan, in both languages', () => {
    expect(phaseName('en', null)).toBe('Before the withdrawal plan');
    expect(phaseName('fr', null)).toBe('Avant le plan de retrait');
  });
});
