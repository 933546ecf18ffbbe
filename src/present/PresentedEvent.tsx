/**
 * One event as the room sees it: its title and summary in large type, and the first
 * quote behind it, cut to the sentence that carries the claim, with its source (a
 * letter's date and symbol, or a report's publisher, date and kind). The whole
 * passage is in the presenter view.
 */
import { claimSentence } from '../domain/claimSentence.ts';
import type { IsoDate, TimelineEvent } from '../domain/types.ts';
import { formatDay, t } from '../i18n/index.ts';
import { glossOf } from '../sources/Quotes.tsx';
import { useApp } from '../store/StoreProvider.tsx';
import { selectLang, selectLetters, selectReports } from '../store/selectors.ts';

export function PresentedEvent({ event, day }: { event: TimelineEvent; day: IsoDate }) {
  const lang = useApp(selectLang);
  const letters = useApp(selectLetters);
  const reports = useApp(selectReports);
  const citation = event.citations[0];
  const letter =
    citation && 'letter' in citation ? letters.find((l) => l.id === citation.letter) : undefined;
  const report =
    citation && 'source' in citation ? reports.find((r) => r.id === citation.source) : undefined;
  const gloss = citation ? glossOf(citation, reports, lang) : null;
  const cut = citation ? claimSentence(citation.quote, event) : null;
  const quote = cut?.text ?? '';
  return (
    <article className="present-event" data-event-id={event.id}>
      {event.date !== day && <p className="present-event-date">{formatDay(lang, event.date)}</p>}
      <h2>{event.title[lang]}</h2>
      <p>{event.summary[lang]}</p>
      {citation && (
        <figure className="present-quote">
          <blockquote lang={gloss?.quoteLang}>
            {gloss?.quoteLang === 'en' ? `“${quote}”` : `« ${quote} »`}
          </blockquote>
          <figcaption>
            {/* The gloss renders the whole passage: beside a cut sentence it would say more than the quote. */}
            {gloss?.gloss && !cut?.cut && <span className="present-quote-en">{gloss.gloss} </span>}
            {letter &&
              `— ${t(lang, 'source.letterOf', { date: formatDay(lang, letter.date) })}, ${letter.symbol ?? ''}`}
            {report &&
              `— ${report.publisher}, ${report.published ? formatDay(lang, report.published) : t(lang, 'source.undated')} (${t(lang, `source.kind.${report.kind}`)})`}
          </figcaption>
        </figure>
      )}
    </article>
  );
}
