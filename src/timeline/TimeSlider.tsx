/**
 * The time slider: a native range input (the WAI-ARIA slider pattern for free, with
 * PageUp/PageDown remapped to the previous and next event), the phases and sequences
 * as labelled bands and a tick per event above its track, the months under it, the
 * date written out, and the playback buttons under it (PlayControls).
 */
import { scaleLinear } from 'd3-scale';
import { type KeyboardEvent, useId, useMemo } from 'react';
import { addDays } from '../domain/dates.ts';
import { dayAtUnits, trackKnees, trackLength, trackUnits } from '../domain/track.ts';
import { phaseName } from '../i18n/dayHeading.ts';
import { formatDay, t } from '../i18n/index.ts';
import { useApp, useAppStoreApi, useShownDay } from '../store/StoreProvider.tsx';
import {
  selectCurrentWindow,
  selectEvents,
  selectTrack,
  selectWindows,
} from '../store/selectors.ts';
import { PlayControls } from './PlayControls.tsx';
import { MonthAxis, TimelineMarks } from './TimelineMarks.tsx';

export function TimeSlider() {
  const actions = useAppStoreApi().getState();
  const { lang, day } = useShownDay();
  const windows = useApp(selectWindows);
  const events = useApp(selectEvents);
  const current = useApp(selectCurrentWindow);
  const track = useApp(selectTrack);
  const id = useId();

  // Days → percent of the track, piecewise: 2024 is drawn compressed (see domain/track.ts).
  const scale = useMemo(() => {
    if (!track) return null;
    const knees = trackKnees(track);
    const length = trackLength(track);
    return scaleLinear()
      .domain(knees.days)
      .range(knees.units.map((units) => (units / length) * 100))
      .clamp(true);
  }, [track]);

  const storyEvents = useMemo(
    () =>
      track
        ? events.filter(
            (event) => !event.context && event.date >= track.start && event.date <= track.end,
          )
        : [],
    [events, track],
  );

  if (!scale || !track) return null;
  const dateText = formatDay(lang, day);
  const windowText = phaseName(lang, current);

  // The track is not one unit a day (2024 is compressed), so the keys move by days here,
  // as the WAI-ARIA slider pattern has them, rather than by the input's units.
  const commandFor = (key: string): (() => void) | null => {
    switch (key) {
      case 'ArrowRight':
      case 'ArrowUp':
        return () => actions.setDay(addDays(day, 1));
      case 'ArrowLeft':
      case 'ArrowDown':
        return () => actions.setDay(addDays(day, -1));
      case 'Home':
        return actions.goToStart;
      case 'End':
        return actions.goToEnd;
      // As on a presentation clicker: PageDown is the next event, PageUp the previous one.
      case 'PageDown':
        return actions.goToNextEvent;
      case 'PageUp':
        return actions.goToPreviousEvent;
      default:
        return null;
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const command = commandFor(event.key);
    if (!command) return;
    event.preventDefault();
    command();
  };

  return (
    <section className="timeline" aria-label={t(lang, 'timeline.region')} id="timeline">
      <div className="timeline-readout">
        <output className="timeline-date" htmlFor={`${id}-slider`} aria-live="off">
          {dateText}
        </output>
        <span className="timeline-window">{windowText}</span>
      </div>
      <div className="timeline-track">
        <TimelineMarks
          windows={windows}
          events={storyEvents}
          currentWindowId={current?.id ?? null}
          today={day}
          rangeEnd={track.end}
          lang={lang}
          scale={scale}
          onPick={actions.setDay}
        />
        <label className="visually-hidden" htmlFor={`${id}-slider`}>
          {t(lang, 'timeline.label')}
        </label>
        <input
          id={`${id}-slider`}
          className="timeline-slider"
          type="range"
          min={0}
          max={trackLength(track)}
          step="any"
          value={trackUnits(track, day)}
          aria-valuetext={`${dateText}, ${windowText}`}
          aria-describedby={`${id}-keys`}
          onKeyDown={onKeyDown}
          onChange={(event) => actions.setDay(dayAtUnits(track, Number(event.currentTarget.value)))}
        />
        <p id={`${id}-keys`} className="visually-hidden">
          {t(lang, 'timeline.keys')}
        </p>
        <MonthAxis range={track} lang={lang} scale={scale} />
      </div>
      <PlayControls />
    </section>
  );
}
