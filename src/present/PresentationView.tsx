/**
 * What the room sees in presentation mode: the date, the phase or sequence, the day's
 * lead event in type readable from the back with the sentence behind it, the day's
 * other events by title, and what changed since the previous step. A day is one step,
 * however many events it has: the map changes by the day, the URL and the deck count
 * days, and a clicker walks days; the presenter view has every event and quote in full.
 * B or . blanks the screen. Screen readers hear the step's talking points from the
 * page's one live region (Announcer), not the whole panel.
 */
import { useEffect, useRef } from 'react';
import { phaseName } from '../i18n/dayHeading.ts';
import { formatDay, t } from '../i18n/index.ts';
import { useAppStoreApi } from '../store/StoreProvider.tsx';
import { syncDeck } from './deckSync.ts';
import { BlankScreen, GapSlide } from './Overlays.tsx';
import { PresentedEvent } from './PresentedEvent.tsx';
import { openedPresenterWindow, openPresenterView } from './presenterWindow.ts';
import { StepChanges } from './StepChanges.tsx';
import { useDeckStep } from './useDeckStep.ts';
import { useFitToScreen } from './useFitToScreen.ts';

export function PresentationView() {
  const store = useAppStoreApi();
  const { lang, day, story, current, latest, lead, step, total } = useDeckStep();
  // Counts of one kind share a title ("The count of sites, as reported"): listed once.
  const others = latest.filter(
    (event, index) =>
      event !== lead &&
      latest.findIndex((other) => other !== lead && other.title[lang] === event.title[lang]) ===
        index,
  );
  const panel = useRef<HTMLDivElement>(null);
  useFitToScreen(panel, `${day} ${lang} ${story}`);
  // The presenter view, once opened, and this window keep each other on the same step.
  useEffect(() => syncDeck(store, openedPresenterWindow), [store]);

  return (
    <>
      <div className="present-panel" ref={panel} data-over-map="beside">
        <p className="present-date">{formatDay(lang, day)}</p>
        <p className="present-window">
          {phaseName(lang, current)}
          {step > 0 && (
            <span className="present-step">
              {' · '}
              {t(lang, 'present.step', { step, total })}
            </span>
          )}
        </p>
        {lead && <PresentedEvent key={lead.id} event={lead} day={day} />}
        {others.length > 0 && (
          <section className="present-others" aria-label={t(lang, 'present.alsoToday')}>
            <h3>{t(lang, 'present.alsoToday')}</h3>
            <ul>
              {others.map((event) => (
                <li key={event.id} data-event-id={event.id}>
                  {event.title[lang]}
                </li>
              ))}
            </ul>
          </section>
        )}
        <StepChanges />
        <p className="present-help">{t(lang, 'present.help')}</p>
        <p className="present-buttons">
          <button
            type="button"
            className="present-exit"
            onClick={() => store.getState().setPresenting(false)}
          >
            {t(lang, 'present.exit')}
          </button>
          <button
            type="button"
            className="present-presenter"
            aria-label={t(lang, 'presenter.openLabel')}
            onClick={openPresenterView}
          >
            {t(lang, 'presenter.open')}
          </button>
        </p>
      </div>
      <GapSlide />
      <BlankScreen />
    </>
  );
}
