/**
 * The SVG map's scale bar in km, true at the latitude in the middle of the view (the
 * map is Web Mercator: scaleBar.ts). It follows the camera by watching the size of the
 * box Mali is drawn in, which changes when the reader zooms or the window resizes, and
 * writes its length and words straight into its elements: no re-render, no work at rest.
 */
import { useEffect, useRef } from 'react';
import type { Lang } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import { INTL_LOCALE } from '../i18n/intlLocale.ts';
import { scaleBar } from './scaleBar.ts';

export function ScaleBar({ lang }: { lang: Lang }) {
  const root = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLSpanElement>(null);
  const words = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const element = root.current;
    const map = element?.closest('.static-map');
    const frame = map?.querySelector('.static-map-frame');
    if (!element || !map || !frame) return;
    const update = () => {
      const box = frame.getBoundingClientRect();
      const area = map.getBoundingClientRect();
      if (box.width === 0 || area.height === 0 || !bar.current || !words.current) return;
      const middle = area.top + area.height / 2;
      const scale = scaleBar(box, middle, Math.min(120, area.width / 4));
      bar.current.style.width = `${scale.px.toFixed(1)}px`;
      words.current.textContent = t(lang, 'map.scale', {
        km: scale.km.toLocaleString(INTL_LOCALE[lang]),
        lat: scale.trueAt,
      });
      element.dataset.km = String(scale.km);
      element.dataset.trueAt = String(scale.trueAt);
      element.hidden = false;
    };
    const observer = new ResizeObserver(update);
    observer.observe(frame);
    observer.observe(map);
    // The camera moves the box without resizing it when the reader pans.
    const moved = new MutationObserver(update);
    moved.observe(map, { attributes: true, attributeFilter: ['style'] });
    return () => {
      observer.disconnect();
      moved.disconnect();
    };
  }, [lang]);
  // Hidden until measured: the build writes the page before anything knows its size.
  return (
    <div ref={root} className="static-scale" data-over-map="" hidden>
      <span className="visually-hidden">{t(lang, 'map.scaleName')} </span>
      <span ref={bar} className="static-scale-bar" aria-hidden="true" />
      <span ref={words} className="static-scale-words" />
    </div>
  );
}
