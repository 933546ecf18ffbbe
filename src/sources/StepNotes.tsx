/**
 * A step's notes, as the presenter view and the printed handout give them: its talking
 * points, then each event in full (title, summary, every sentence with its source).
 */
import type { TimelineEvent } from '../domain/types.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectLang } from '../store/selectors.ts';
import { Quotes } from './Quotes.tsx';

/** Where the notes stand (the prefix of their classes), and their headings there. */
const TITLES = {
  presenter: { points: 'presenter.points', events: 'presenter.quotes' },
  briefing: { points: 'briefing.points', events: 'briefing.events' },
} as const satisfies Record<string, { points: MessageKey; events: MessageKey }>;

interface StepNotesProps {
  points: readonly string[];
  events: readonly TimelineEvent[];
  place: keyof typeof TITLES;
}

export function StepNotes({ points, events, place }: StepNotesProps) {
  const lang = useApp(selectLang);
  const titles = TITLES[place];
  return (
    <>
      <h3>{t(lang, titles.points)}</h3>
      <ul className={`${place}-points`}>
        {points.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{t(lang, titles.events)}</h3>
      {events.map((event) => (
        <article key={event.id} className={`${place}-event`} data-event-id={event.id}>
          <h4>{event.title[lang]}</h4>
          <p>{event.summary[lang]}</p>
          <Quotes citations={event.citations} />
        </article>
      ))}
    </>
  );
}
