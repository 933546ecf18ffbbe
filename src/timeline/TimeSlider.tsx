/**
 * The time slider: a native range input (the WAI-ARIA slider pattern for free, with
 * PageUp/PageDown remapped to the previous and next event), the phases and sequences
 * as labelled bands and a tick per event above its track, the months under it, the
 * date written out, and buttons for everything so that nothing needs dragging.
 */
import { scaleLinear } from 'd3-scale';
import { type KeyboardEvent, useId, useMemo } from 'react';
import { dayIndex, fromDayIndex } from '../domain/dates.ts';
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
        <MonthAxis range={range} lang={lang} scale={scale} />
      </div>
      <div className="timeline-controls">
        <button
          type="button"
          onClick={actions.goToPreviousEvent}
          aria-label={t(lang, 'timeline.previousEvent')}
          title={t(lang, 'timeline.previousEvent')}
        >
          <Icon name="previous" />
        </button>
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
        <button
          type="button"
          onClick={actions.goToNextEvent}
          aria-label={t(lang, 'timeline.nextEvent')}
          title={t(lang, 'timeline.nextEvent')}
        >
          <Icon name="next" />
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
