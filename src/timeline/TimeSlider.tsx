/**
 * The time slider: a native range input (the WAI-ARIA slider pattern for free, with
 * PageUp/PageDown remapped to the previous and next event), the phases and sequences
 * as labelled bands and a tick per event above its track, the months under it, the
 * date written out, and buttons for everything so that nothing needs dragging.
 */
import { scaleLinear } from 'd3-scale';
import { type KeyboardEvent, useId, useMemo } from 'react';
import { addDays } from '../domain/dates.ts';
import { dayAtUnits, trackFor, trackKnees, trackLength, trackUnits } from '../domain/track.ts';
import { formatDay, t } from '../i18n/index.ts';
import { PLAY_SPEEDS, type PlaySpeed } from '../store/appStore.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import {
  selectCurrentWindow,
  selectDay,
  selectEvents,
  selectLang,
  selectPlaying,
  selectRange,
  selectSpeed,
  selectWindows,
} from '../store/selectors.ts';
import { Icon } from './Icon.tsx';
import { MonthAxis, TimelineMarks } from './TimelineMarks.tsx';

export function TimeSlider() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const day = useApp(selectDay);
  const playing = useApp(selectPlaying);
  const speed = useApp(selectSpeed);
  const windows = useApp(selectWindows);
  const events = useApp(selectEvents);
  const current = useApp(selectCurrentWindow);
  const range = useApp(selectRange);
  const id = useId();

  const track = useMemo(() => (range ? trackFor(range) : null), [range]);
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
      range
        ? events.filter(
            (event) => !event.context && event.date >= range.start && event.date <= range.end,
          )
        : [],
    [events, range],
  );

  if (!range || !scale || !track) return null;
  const dateText = formatDay(lang, day);
  const windowText = current ? current.name[lang] : t(lang, 'timeline.noWindow');
  const actions = store.getState();

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
          rangeEnd={range.end}
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
        <MonthAxis range={range} lang={lang} scale={scale} />
      </div>
      <div className="timeline-controls">
        <EventStepButton
          icon="previous"
          label={t(lang, 'timeline.previousEvent')}
          onClick={actions.goToPreviousEvent}
        />
        {/* A toggle keeps its name (WAI-ARIA's button pattern): "Play", pressed while
            playing; the icon shows what a press will do. */}
        <button
          type="button"
          className="play-button"
          aria-pressed={playing}
          onClick={actions.togglePlay}
        >
          <Icon name={playing ? 'pause' : 'play'} />
          {t(lang, 'timeline.play')}
        </button>
        <EventStepButton
          icon="next"
          label={t(lang, 'timeline.nextEvent')}
          onClick={actions.goToNextEvent}
        />
        <label className="speed">
          <span>{t(lang, 'timeline.speed')}</span>
          <select
            value={speed}
            onChange={(event) => actions.setSpeed(Number(event.currentTarget.value) as PlaySpeed)}
          >
            {PLAY_SPEEDS.map((value) => (
              <option key={value} value={value}>
                {value}×
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}

/** Previous or next event: an icon, named by its label, which is also its tooltip. */
function EventStepButton({
  icon,
  label,
  onClick,
}: {
  icon: 'previous' | 'next';
  label: string;
  onClick: () => void;
}) {
  return (
    <button type="button" onClick={onClick} aria-label={label} title={label}>
      <Icon name={icon} />
    </button>
  );
}
