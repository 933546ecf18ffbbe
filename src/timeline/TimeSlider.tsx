/**
 * The time slider: a native range input (the WAI-ARIA slider pattern for free, with
 * PageUp/PageDown remapped to the previous and next event), the phases and sequences
 * as labelled bands and a tick per event above its track, the date written out, and
 * buttons for everything so that nothing needs dragging.
 */
import { type ScaleLinear, scaleLinear } from 'd3-scale';
import { type KeyboardEvent, memo, useId, useMemo } from 'react';
import { dayIndex, fromDayIndex } from '../domain/dates.ts';
import type { ClosureWindow, IsoDate, Lang, TimelineEvent } from '../domain/types.ts';
import { formatDay, t } from '../i18n/index.ts';
import { PLAY_SPEEDS, type PlaySpeed } from '../store/appStore.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import {
  selectCurrentWindow,
  selectDay,
  selectEvents,
  selectLang,
  selectPlaying,
  selectSpeed,
  selectWindows,
} from '../store/selectors.ts';

export function TimeSlider() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const day = useApp(selectDay);
  const playing = useApp(selectPlaying);
  const speed = useApp(selectSpeed);
  const windows = useApp(selectWindows);
  const events = useApp(selectEvents);
  const current = useApp(selectCurrentWindow);
  const range = useApp((s) => s.dataset?.timeline.range ?? null);
  const id = useId();

  const scale = useMemo(() => {
    if (!range) return null;
    return scaleLinear()
      .domain([dayIndex(range.start), dayIndex(range.end)])
      .range([0, 100])
      .clamp(true);
  }, [range]);

  const storyEvents = useMemo(
    () =>
      range
        ? events.filter(
            (event) => !event.context && event.date >= range.start && event.date <= range.end,
          )
        : [],
    [events, range],
  );

  if (!range || !scale) return null;
  const start = dayIndex(range.start);
  const max = dayIndex(range.end) - start;
  const dateText = formatDay(lang, day);
  const windowText = current ? current.name[lang] : t(lang, 'timeline.noWindow');
  const actions = store.getState();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      // As on a presentation clicker: PageDown is the next event, PageUp the previous one.
      if (event.key === 'PageDown') actions.goToNextEvent();
      else actions.goToPreviousEvent();
    }
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
          max={max}
          step={1}
          value={dayIndex(day) - start}
          aria-valuetext={`${dateText}, ${windowText}`}
          aria-describedby={`${id}-keys`}
          onKeyDown={onKeyDown}
          onChange={(event) =>
            actions.setDay(fromDayIndex(start + Number(event.currentTarget.value)))
          }
        />
        <p id={`${id}-keys`} className="visually-hidden">
          {t(lang, 'timeline.keys')}
        </p>
      </div>
      <div className="timeline-controls">
        <button
          type="button"
          onClick={actions.goToPreviousEvent}
          aria-label={t(lang, 'timeline.previousEvent')}
          title={t(lang, 'timeline.previousEvent')}
        >
          <span aria-hidden="true">⏮</span>
        </button>
        <button
          type="button"
          className="play-button"
          aria-pressed={playing}
          onClick={actions.togglePlay}
        >
          <span aria-hidden="true">{playing ? '⏸' : '▶'}</span>{' '}
          {playing ? t(lang, 'timeline.pause') : t(lang, 'timeline.play')}
        </button>
        <button
          type="button"
          onClick={actions.goToNextEvent}
          aria-label={t(lang, 'timeline.nextEvent')}
          title={t(lang, 'timeline.nextEvent')}
        >
          <span aria-hidden="true">⏭</span>
        </button>
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

interface MarksProps {
  windows: ClosureWindow[];
  events: TimelineEvent[];
  currentWindowId: string | null;
  today: IsoDate;
  lang: Lang;
  scale: ScaleLinear<number, number>;
  onPick: (day: IsoDate) => void;
}

/**
 * The bands of the phases and sequences and a tick per event, above the track. Drawn
 * again only when the current band or the events' day changes, not on every day.
 */
const TimelineMarks = memo(
  function TimelineMarks({
    windows,
    events,
    currentWindowId,
    today,
    lang,
    scale,
    onPick,
  }: MarksProps) {
    return (
      <div className="timeline-bands" aria-hidden="true">
        {windows.map((window) => {
          const left = scale(dayIndex(window.start));
          const right = scale(dayIndex(window.end) + 1);
          return (
            <div
              key={window.id}
              className={`timeline-band band-${window.id}${currentWindowId === window.id ? ' is-current' : ''}`}
              style={{ left: `${left}%`, width: `${Math.max(0, right - left)}%` }}
              title={window.name[lang]}
            >
              <span>{window.shortName[lang]}</span>
            </div>
          );
        })}
        {events.map((event) => (
          <button
            key={event.id}
            type="button"
            tabIndex={-1}
            className={`timeline-tick${event.date === today ? ' is-today' : ''}`}
            style={{ left: `${scale(dayIndex(event.date))}%` }}
            title={`${formatDay(lang, event.date)}: ${event.title[lang]}`}
            onClick={() => onPick(event.date)}
          />
        ))}
      </div>
    );
  },
  // `today` matters only where it marks a tick: on an event's day, or leaving one.
  (before, after) =>
    before.windows === after.windows &&
    before.events === after.events &&
    before.currentWindowId === after.currentWindowId &&
    before.lang === after.lang &&
    before.scale === after.scale &&
    before.onPick === after.onPick &&
    (before.today === after.today ||
      !after.events.some((event) => event.date === before.today || event.date === after.today)),
);
