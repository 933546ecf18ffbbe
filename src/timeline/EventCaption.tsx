/**
 * The caption of the latest event up to the current day: what happened, where,
 * and which letter says so. Shown on the map, so readers and audiences see the
 * story as the date reaches it.
 */
import { useState } from 'react';
import { compareDays } from '../domain/dates.ts';
import type { TimelineEvent } from '../domain/types.ts';
import { formatDay, t } from '../i18n/index.ts';
import { Quotes } from '../sites/SiteCard.tsx';
import { useApp } from '../store/StoreProvider.tsx';
import { selectDay, selectEvents, selectLang } from '../store/selectors.ts';

/** The story's events (not the older letters' context) on or before `day`, latest first. */
export function latestEvents(events: TimelineEvent[], day: string): TimelineEvent[] {
  const past = events.filter(
    (event) => !event.context && compareDays(event.date as never, day as never) <= 0,
  );
  const last = past.at(-1);
  return last ? past.filter((event) => event.date === last.date) : [];
}

export function EventCaption({ showQuotes = true }: { showQuotes?: boolean }) {
  const lang = useApp(selectLang);
  const day = useApp(selectDay);
  const events = useApp(selectEvents);
  const letters = useApp((s) => s.dataset?.timeline.letters ?? []);
  const [open, setOpen] = useState(false);
  const latest = latestEvents(events, day);
  if (latest.length === 0) return null;
  const today = latest[0]?.date === day;

  return (
    <section
      className={`caption${today ? ' is-today' : ''}`}
      aria-label={t(lang, 'caption.label')}
      data-event-date={latest[0]?.date}
    >
      {latest.map((event) => (
        <article key={event.id} data-event-id={event.id}>
          <p className="caption-date">{formatDay(lang, event.date)}</p>
          <h2 className="caption-title">{event.title[lang]}</h2>
          <p className="caption-summary">{event.summary[lang]}</p>
          {showQuotes && (
            <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
              <summary>{t(lang, 'card.sources')}</summary>
              <Quotes citations={event.citations} letters={letters} lang={lang} />
            </details>
          )}
        </article>
      ))}
    </section>
  );
}
