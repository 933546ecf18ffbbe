/**
 * The presenter view, in a second window on the briefer's laptop: the current step
 * and the next (its date and title), the talking points, every quote of the step in
 * full with its source, the time since the first step and the clock. The clicker's
 * keys work here as in the room's window, and both follow each other (deckSync).
 */
import { useEffect, useRef, useState } from 'react';
import { leadEventOf, talkingPointsAt } from '../domain/talkingPoints.ts';
import { nextEvent } from '../domain/timeline.ts';
import { phaseName } from '../i18n/dayHeading.ts';
import { formatDay, t } from '../i18n/index.ts';
import { talkingPointsText } from '../i18n/talkingPointsText.ts';
import { StepNotes } from '../sources/StepNotes.tsx';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectBlanked, selectDataset } from '../store/selectors.ts';
import { syncDeck } from './deckSync.ts';
import { presentationCommand } from './keys.ts';
import { useDeckStep } from './useDeckStep.ts';
import { formatElapsed, useClock } from './useElapsed.ts';
import './presenter.css';
import { inTextField } from './usePresentation.ts';

export function PresenterView() {
  const store = useAppStoreApi();
  const { lang, day, story, events, current, latest, lead, step, total } = useDeckStep();
  const blanked = useApp(selectBlanked);
  const dataset = useApp(selectDataset);

  // The opener is the room's window; the deck follows it and it follows the deck.
  useEffect(() => syncDeck(store, () => window.opener as Window | null, { hello: true }), [store]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const command = presentationCommand(event.key, true, inTextField(event.target));
      const state = store.getState();
      if (command === 'next') state.goToNextEvent();
      else if (command === 'previous') state.goToPreviousEvent();
      else if (command === 'blank') state.toggleBlank();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t(lang, 'presenter.title')} — ${t(lang, 'app.title')}`;
  }, [lang]);

  // The timer starts at the first step taken after the window opened.
  const firstDay = useRef(day);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  useEffect(() => {
    if (day !== firstDay.current) setStartedAt((started) => started ?? Date.now());
  }, [day]);
  const { now, elapsed } = useClock(startedAt);

  if (!dataset) return null;
  const stepDay = lead?.date ?? day;
  const following = nextEvent(events, day);
  const nextLead = following
    ? leadEventOf(events.filter((event) => !event.context && event.date === following.date))
    : null;
  const points = talkingPointsText(lang, talkingPointsAt(dataset, stepDay, story));
  const clock = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;

  return (
    <div className="presenter" lang={lang}>
      <header className="presenter-bar">
        <h1>{t(lang, 'presenter.title')}</h1>
        <p className="presenter-timer" data-testid="elapsed">
          {t(lang, 'presenter.elapsed')}{' '}
          <strong>{elapsed === null ? '0:00' : formatElapsed(elapsed)}</strong>
          {elapsed === null && <span> ({t(lang, 'presenter.notStarted')})</span>}
        </p>
        <p className="presenter-clock">
          {t(lang, 'presenter.clock')} <strong>{clock}</strong>
        </p>
      </header>
      {blanked && (
        <p className="presenter-blanked" role="status">
          {t(lang, 'presenter.blanked')}
        </p>
      )}
      <main className="presenter-main">
        <section className="presenter-now" aria-labelledby="presenter-now">
          <h2 id="presenter-now">{t(lang, 'presenter.now')}</h2>
          <p className="presenter-date">{formatDay(lang, day)}</p>
          <p className="presenter-window">
            {phaseName(lang, current)}
            {step > 0 && ` · ${t(lang, 'present.step', { step, total })}`}
          </p>
          <StepNotes points={points} events={latest} place="presenter" />
        </section>
        <aside className="presenter-next" aria-labelledby="presenter-next">
          <h2 id="presenter-next">{t(lang, 'presenter.next')}</h2>
          {following && nextLead ? (
            <>
              <p className="presenter-next-date">{formatDay(lang, following.date)}</p>
              <p className="presenter-next-title">{nextLead.title[lang]}</p>
            </>
          ) : (
            <p>{t(lang, 'presenter.last')}</p>
          )}
          <div className="presenter-buttons">
            <button type="button" onClick={() => store.getState().goToPreviousEvent()}>
              {t(lang, 'presenter.previous')}
            </button>
            <button type="button" onClick={() => store.getState().goToNextEvent()}>
              {t(lang, 'presenter.nextButton')}
            </button>
            <button
              type="button"
              aria-pressed={blanked}
              onClick={() => store.getState().toggleBlank()}
            >
              {t(lang, 'presenter.blank')}
            </button>
          </div>
          <p className="presenter-help">{t(lang, 'presenter.help')}</p>
        </aside>
      </main>
    </div>
  );
}
