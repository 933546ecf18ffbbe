/**
 * What the timeline draws around its slider: the phases and sequences as labelled
 * bands with a tick per event above the track, and the months under it. Positions
 * come from the slider's d3 scale (days → percent of the track); both parts are drawn
 * again only when what they show changes, never on every day.
 */
import type { ScaleLinear } from 'd3-scale';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { addDays, compareDays, dayIndex } from '../domain/dates.ts';
import { COMPRESSED_FROM, COMPRESSION } from '../domain/track.ts';
import type { ClosureWindow, IsoDate, Lang, TimelineEvent } from '../domain/types.ts';
import { colon, formatDay, monthName } from '../i18n/index.ts';
import { bandLabels, monthStarts } from './marks.ts';

interface Box {
  /** CSS px. */
  width: number;
  /** The canvas font of the element's text, bold (the current band is bold). */
  font: string;
}

/**
 * The width and font of an element, measured after layout and kept current as it
 * resizes: rendering reads them from state, never from the DOM.
 */
function useBox<T extends HTMLElement>(): [React.RefObject<T | null>, Box] {
  const ref = useRef<T>(null);
  const [box, setBox] = useState<Box>({ width: 0, font: '' });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const style = getComputedStyle(element);
      const next = {
        width: element.clientWidth,
        font: `700 ${style.fontSize} ${style.fontFamily}`,
      };
      setBox((current) =>
        current.width === next.width && current.font === next.font ? current : next,
      );
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, box];
}

let measureContext: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in a canvas `font`. */
function textWidth(text: string, font: string): number {
  if (measureContext === undefined)
    measureContext = document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 8;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

interface MarksProps {
  windows: readonly ClosureWindow[];
  events: readonly TimelineEvent[];
  currentWindowId: string | null;
  today: IsoDate;
  rangeEnd: IsoDate;
  lang: Lang;
  scale: ScaleLinear<number, number>;
  onPick: (day: IsoDate) => void;
}

export const TimelineMarks = memo(
  function TimelineMarks({
    windows,
    events,
    currentWindowId,
    today,
    rangeEnd,
    lang,
    scale,
    onPick,
  }: MarksProps) {
    const [ref, { width, font }] = useBox<HTMLDivElement>();
    const spans = windows.map((window) => {
      const left = scale(dayIndex(window.start));
      return { left, share: Math.max(0, scale(dayIndex(window.end) + 1) - left) };
    });
    const labels =
      width > 0
        ? bandLabels(
            windows,
            lang,
            rangeEnd,
            spans.map((span) => (span.share / 100) * width),
            (text) => textWidth(text, font),
          )
        : [];
    return (
      <div className="timeline-bands" aria-hidden="true" ref={ref}>
        {windows.map((window, i) => {
          const { left, share } = spans[i] ?? { left: 0, share: 0 };
          const label = labels[i];
          return (
            <div
              key={window.id}
              className={`timeline-band band-${window.id}${currentWindowId === window.id ? ' is-current' : ''}`}
              style={{ left: `${left}%`, width: `${share}%` }}
              title={window.name[lang]}
              data-window-id={window.id}
            >
              {label && <span>{label}</span>}
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
            title={`${formatDay(lang, event.date)}${colon(lang)} ${event.title[lang]}`}
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
    before.rangeEnd === after.rangeEnd &&
    before.lang === after.lang &&
    before.scale === after.scale &&
    before.onPick === after.onPick &&
    (before.today === after.today ||
      !after.events.some((event) => event.date === before.today || event.date === after.today)),
);

/**
 * The months under the slider: "Jul 2023", "Aug", … "Jan 2024" (the year where it
 * starts or changes), each at its first day. On a narrow track every other month.
 */
export const MonthAxis = memo(function MonthAxis({
  range,
  lang,
  scale,
}: {
  range: { start: IsoDate; end: IsoDate };
  lang: Lang;
  scale: ScaleLinear<number, number>;
}) {
  const [ref, { width }] = useBox<HTMLDivElement>();
  const months = monthStarts(range.start, range.end);
  // A label needs about 3.5 rem; thin out the months when they would touch.
  const spacingPx =
    width > 0
      ? (width * (scale(dayIndex(addDays(range.start, 30))) - scale(dayIndex(range.start)))) / 100
      : 0;
  // Months of the compressed year take a quarter of the width: label fewer of them.
  const everyAt = (spacing: number, roomPx: number) =>
    [1, 2, 3, 6].find((step) => spacing <= 0 || spacing * step >= roomPx) ?? 12;
  const every = everyAt(spacingPx, 44);
  // The compressed year starts with "Jan 2024", wider than a month's name alone.
  const everyCompressed = everyAt(spacingPx / COMPRESSION, 64);
  return (
    <div className="timeline-months" aria-hidden="true" ref={ref}>
      {months.map((day, index) => {
        const [year, month] = day.split('-').map(Number) as [number, number];
        const withYear = index === 0 || month === 1;
        const compressed = compareDays(day, COMPRESSED_FROM) >= 0;
        const shown = compressed ? (month - 1) % everyCompressed === 0 : index % every === 0;
        if (!shown && !withYear) return null;
        return (
          <span key={day} className="timeline-month" style={{ left: `${scale(dayIndex(day))}%` }}>
            {withYear ? `${monthName(lang, month)} ${year}` : monthName(lang, month)}
          </span>
        );
      })}
    </div>
  );
});
