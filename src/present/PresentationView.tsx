/**
 * What the room sees in presentation mode: the date, the phase or sequence and the
 * current event in type readable from the back, what changed since the previous
 * step, and the sentence of the letter behind it. B or . blanks the screen.
 */
import { useState } from 'react';
import { PlanVsReality } from '../comparison/PlanVsReality.tsx';
import { compareDays } from '../domain/dates.ts';
import { latestStoryEvents } from '../domain/timeline.ts';
import type { IsoDate } from '../domain/types.ts';
import { statusChangesBetween } from '../domain/views.ts';
import { formatDay, t } from '../i18n/index.ts';
import { statusLabel } from '../i18n/statusLabel.ts';
import { glossOf } from '../sources/Quotes.tsx';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import {
  selectBlanked,
  selectCurrentWindow,
  selectDataset,
  selectDay,
  selectEventDays,
  selectEvents,
  selectGapSlide,
  selectLang,
  selectLetters,
  selectReports,
  selectShowsPlan,
  selectView,
} from '../store/selectors.ts';

export function PresentationView() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const day = useApp(selectDay);
  const events = useApp(selectEvents);
  const dataset = useApp(selectDataset);
  const letters = useApp(selectLetters);
  const reports = useApp(selectReports);
  const current = useApp(selectCurrentWindow);
  const blanked = useApp(selectBlanked);
  const gapSlide = useApp(selectGapSlide);
  const view = useApp(selectView);
  const planned = useApp(selectShowsPlan);
  // Where the briefer is in the deck: the story's event days up to today, of all of them.
  const eventDays = useApp(selectEventDays);
  // "What changed" compares this step with the one shown before it. Kept in state and
  // updated while rendering when the day moves (React's way of remembering a previous
  // value), so that no ref is read or written during render.
  const [steps, setSteps] = useState<{ shown: IsoDate; before: IsoDate }>({
    shown: day,
    before: day,
  });
  if (steps.shown !== day) setSteps({ shown: day, before: steps.shown });
  const latest = latestStoryEvents(events, day);
  const step = eventDays.filter((eventDay) => compareDays(eventDay, day) <= 0).length;
  const from = steps.shown !== day ? steps.shown : steps.before;
  const changes =
    dataset && compareDays(from, day) !== 0
      ? statusChangesBetween(
          dataset,
          compareDays(from, day) < 0 ? from : day,
          compareDays(from, day) < 0 ? day : from,
          view,
        )
      : [];

  return (
    <>
      <div className="present-panel" aria-live="polite">
        <p className="present-date">{formatDay(lang, day)}</p>
        <p className="present-window">
          {current ? current.name[lang] : t(lang, 'timeline.noWindow')}
          {step > 0 && (
            <span className="present-step">
              {' · '}
              {t(lang, 'present.step', { step, total: eventDays.length })}
            </span>
          )}
        </p>
        {latest.map((event) => {
          const citation = event.citations[0];
          const letter =
            citation && 'letter' in citation
              ? letters.find((l) => l.id === citation.letter)
              : undefined;
          const report =
            citation && 'source' in citation
              ? reports.find((r) => r.id === citation.source)
              : undefined;
          const gloss = citation ? glossOf(citation, reports, lang) : null;
          return (
            <article key={event.id} className="present-event" data-event-id={event.id}>
              {event.date !== day && (
                <p className="present-event-date">{formatDay(lang, event.date)}</p>
              )}
              <h2>{event.title[lang]}</h2>
              <p>{event.summary[lang]}</p>
              {citation && (
                <figure className="present-quote">
                  <blockquote lang={gloss?.quoteLang}>
                    {gloss?.quoteLang === 'en' ? `“${citation.quote}”` : `« ${citation.quote} »`}
                  </blockquote>
                  <figcaption>
                    {gloss?.gloss && <span className="present-quote-en">{gloss.gloss} </span>}
                    {letter &&
                      `— ${t(lang, 'source.letterOf', { date: formatDay(lang, letter.date) })}, ${letter.symbol ?? ''}`}
                    {report &&
                      `— ${report.publisher}, ${report.published ? formatDay(lang, report.published) : t(lang, 'source.undated')} (${t(lang, `source.kind.${report.kind}`)})`}
                  </figcaption>
                </figure>
              )}
            </article>
          );
        })}
        {changes.length > 0 && (
          <ul className="present-changes" aria-label={t(lang, 'present.changed')}>
            {changes.map((change) => (
              <li key={change.site.id} data-site-id={change.site.id}>
                <strong>{change.site.name[lang]}</strong>: {statusLabel(lang, change.from, planned)}{' '}
                → {statusLabel(lang, change.to, planned)}
              </li>
            ))}
          </ul>
        )}
        <p className="present-help">{t(lang, 'present.help')}</p>
        <button
          type="button"
          className="present-exit"
          onClick={() => store.getState().setPresenting(false)}
        >
          {t(lang, 'present.exit')}
        </button>
      </div>
      {gapSlide && (
        <div className="present-gap-slide" role="dialog" aria-label={t(lang, 'gap.title')}>
          <PlanVsReality large />
        </div>
      )}
      {blanked && (
        <button
          type="button"
          className="present-blank"
          aria-label={t(lang, 'present.unblank')}
          onClick={() => store.getState().toggleBlank()}
        />
      )}
    </>
  );
}
