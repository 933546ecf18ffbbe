/**
 * The timeline's marks as plain arithmetic, for the slider and its tests: which label
 * a band has room for, and where the months begin.
 */
import { compareDays } from '../domain/dates.ts';
import type { ClosureWindow, IsoDate, Lang } from '../domain/types.ts';

/** Room a label needs beyond its text: the band's padding and border. */
const LABEL_PADDING_PX = 8;

/**
 * The longest label of a band that fits its width: its short name ("Seq. b"), else the
 * name's last word ("b"), else nothing (its title and the date's readout still name it).
 * A period that goes on past the slider's end gets an arrow ("Liquidation →").
 */
export function bandLabel(
  window: ClosureWindow,
  lang: Lang,
  rangeEnd: IsoDate,
  widthPx: number,
  measure: (text: string) => number,
): string {
  const continues = compareDays(window.end, rangeEnd) > 0;
  const short = window.shortName[lang];
  const candidates = [
    continues ? `${short} →` : short,
    short,
    short.split(' ').at(-1) ?? '',
  ].filter((label, index, all) => label && all.indexOf(label) === index);
  return candidates.find((label) => measure(label) + LABEL_PADDING_PX <= widthPx) ?? '';
}

/**
 * Every band's label (see `bandLabel`), kept alike within a series: where one of
 * "Seq. a", "Seq. b", "Seq. c" has room for its letter only, the ones after the first
 * give their letter too ("Seq. a | b | c", not "Seq. a | b | Seq. c").
 */
export function bandLabels(
  windows: readonly ClosureWindow[],
  lang: Lang,
  rangeEnd: IsoDate,
  widthsPx: readonly number[],
  measure: (text: string) => number,
): string[] {
  const labels = windows.map((window, i) =>
    bandLabel(window, lang, rangeEnd, widthsPx[i] ?? 0, measure),
  );
  const seriesOf = (window: ClosureWindow) =>
    window.shortName[lang].split(' ').slice(0, -1).join(' ');
  const letterOf = (closureWindow: ClosureWindow) =>
    closureWindow.shortName[lang].split(' ').at(-1) ?? '';
  for (const series of new Set(windows.map(seriesOf))) {
    if (!series) continue;
    const members = windows.flatMap((closureWindow, i) =>
      seriesOf(closureWindow) === series ? [i] : [],
    );
    const shortened = members.some((i) => {
      const closureWindow = windows[i];
      return closureWindow !== undefined && labels[i] !== closureWindow.shortName[lang];
    });
    if (!shortened) continue;
    for (const i of members.slice(1)) {
      const closureWindow = windows[i];
      if (closureWindow && labels[i]) labels[i] = letterOf(closureWindow);
    }
  }
  return labels;
}

/** The first day of every month after `start`, up to `end`. */
export function monthStarts(start: IsoDate, end: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  let [year, month] = start.split('-').map(Number) as [number, number];
  for (;;) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const day = `${year}-${String(month).padStart(2, '0')}-01` as IsoDate;
    if (compareDays(day, end) > 0) return days;
    days.push(day);
  }
}
