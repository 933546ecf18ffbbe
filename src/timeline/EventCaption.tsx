/**
 * The caption of the latest event up to the current day: what happened, where,
 * and which letter says so. Shown on the map, so readers and audiences see the
 * story as the date reaches it.
 */
import { memo, useMemo, useState } from 'react';
import { latestStoryEvents } from '../domain/timeline.ts';
import type { Lang, TimelineEvent } from '../domain/types.ts';
import { captionKicker } from '../i18n/dayHeading.ts';
import { formatDay, type MessageKey, t } from '../i18n/index.ts';
import { Quotes } from '../sources/Quotes.tsx';
import { useApp, useShownDay } from '../store/StoreProvider.tsx';
import { selectDataset, selectEvents } from '../store/selectors.ts';

export function EventCaption({ showQuotes = true }: { showQuotes?: boolean }) {
  const { lang, day, story } = useShownDay();
  const events = useApp(selectEvents);
  const timeline = useApp(selectDataset)?.timeline;
  const [open, setOpen] = useState(false);
  const latestDate = latestStoryEvents(events, day)[0]?.date ?? null;
  // The same caption holds for weeks: keep its events' identity so it is not redrawn daily.
  const shown = useMemo(
    () => (latestDate ? latestStoryEvents(events, latestDate) : []),
    [events, latestDate],
  );
  if (shown.length === 0 || !timeline || !latestDate) return null;
  return (
    <CaptionBody
      events={shown}
      today={latestDate === day}
      kicker={captionKicker(timeline, story, latestDate)}
      lang={lang}
      showQuotes={showQuotes}
      open={open}
      onToggle={setOpen}
    />
  );
}

interface CaptionBodyProps {
  events: readonly TimelineEvent[];
  today: boolean;
  kicker: MessageKey;
  lang: Lang;
  showQuotes: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
}

const CaptionBody = memo(function CaptionBody({
  events,
  today,
  kicker,
  lang,
  showQuotes,
  open,
  onToggle,
}: CaptionBodyProps) {
  return (
    <section
      className={`caption${today ? ' is-today' : ''}`}
      aria-label={t(lang, kicker === 'caption.planKicker' ? 'caption.plan' : 'caption.label')}
      data-event-date={events[0]?.date}
      data-kicker={kicker}
      data-over-map=""
    >
      <p className="caption-kicker">{t(lang, kicker)}</p>
      {events.map((event) => (
        <article key={event.id} data-event-id={event.id}>
          <p className="caption-date">{formatDay(lang, event.date)}</p>
          <h2 className="caption-title">{event.title[lang]}</h2>
          <p className="caption-summary">{event.summary[lang]}</p>
          {showQuotes && (
            <details open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
              <summary>
                {t(
                  lang,
                  event.citations.every((c) => 'letter' in c)
                    ? 'card.sources'
                    : 'card.reportSources',
                )}
              </summary>
              <Quotes citations={event.citations} />
            </details>
          )}
        </article>
      ))}
    </section>
  );
});
