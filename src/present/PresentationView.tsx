/**
 * What the room sees in presentation mode: the date, the phase or sequence and the
 * current event in type readable from the back, what changed since the previous
 * step, and the sentence of the letter behind it. B or . blanks the screen.
 */
import { compareDays } from '../domain/dates.ts';
import { latestStoryEvents } from '../domain/timeline.ts';
import { formatDay, t } from '../i18n/index.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import {
  selectCurrentWindow,
  selectDay,
  selectEventDays,
  selectEvents,
  selectLang,
} from '../store/selectors.ts';
import { BlankScreen, GapSlide } from './Overlays.tsx';
import { PresentedEvent } from './PresentedEvent.tsx';
import { StepChanges } from './StepChanges.tsx';

export function PresentationView() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const day = useApp(selectDay);
  const events = useApp(selectEvents);
  const current = useApp(selectCurrentWindow);
  // Where the briefer is in the deck: the story's event days up to today, of all of them.
  const eventDays = useApp(selectEventDays);
  const latest = latestStoryEvents(events, day);
  const step = eventDays.filter((eventDay) => compareDays(eventDay, day) <= 0).length;

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
        {latest.map((event) => (
          <PresentedEvent key={event.id} event={event} day={day} />
        ))}
        <StepChanges />
        <p className="present-help">{t(lang, 'present.help')}</p>
        <button
          type="button"
          className="present-exit"
          onClick={() => store.getState().setPresenting(false)}
        >
          {t(lang, 'present.exit')}
        </button>
      </div>
      <GapSlide />
      <BlankScreen />
    </>
  );
}
