/**
 * The handout: one page per step of the story shown (A4 landscape, fits Letter), each
 * with the map of that day (the SVG map, no WebGL), the talking points, the day's
 * events with their quotes in full and their sources, and, where the map is served
 * from a web address, a QR code to that step's event page (none from a file). It is
 * written into the page, printed, and closed again.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { leadEventOf, talkingPointsAt } from '../domain/talkingPoints.ts';
import { windowAt } from '../domain/timeline.ts';
import type { IsoDate } from '../domain/types.ts';
import { dayViewAt, eventsOf } from '../domain/views.ts';
import { eventPagePath } from '../embed/eventPages.ts';
import { phaseName } from '../i18n/dayHeading.ts';
import { formatDay, t } from '../i18n/index.ts';
import { talkingPointsText } from '../i18n/talkingPointsText.ts';
import type { Basemap } from '../map/basemap.ts';
import { StaticMap } from '../map/StaticMap.tsx';
import { StepNotes } from '../sources/StepNotes.tsx';
import { useApp } from '../store/StoreProvider.tsx';
import './briefing.css';
import { selectDataset, selectEventDays, selectLang, selectStory } from '../store/selectors.ts';

type QrFactory = typeof import('qrcode-generator');

/** The QR code library, loaded only for a handout of a served map (it is not needed anywhere else). */
function useQrFactory(): { qr: QrFactory | null; ready: boolean } {
  const served = window.location.protocol === 'https:' || window.location.protocol === 'http:';
  const [qr, setQr] = useState<QrFactory | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!served) return;
    import('qrcode-generator').then(
      (module) => setQr(() => ('default' in module ? module.default : module) as QrFactory),
      () => setFailed(true),
    );
  }, [served]);
  return { qr, ready: !served || qr !== null || failed };
}

function QrCode({ qr, address, label }: { qr: QrFactory; address: string; label: string }) {
  const code = qr(0, 'M');
  code.addData(address);
  code.make();
  const size = code.getModuleCount();
  const cells: string[] = [];
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++)
      if (code.isDark(row, col)) cells.push(`M${col} ${row}h1v1h-1z`);
  return (
    <figure className="briefing-qr">
      <svg viewBox={`-2 -2 ${size + 4} ${size + 4}`} role="img" aria-label={`${label}: ${address}`}>
        <rect x={-2} y={-2} width={size + 4} height={size + 4} fill="#ffffff" />
        <path d={cells.join('')} fill="#000000" />
      </svg>
      <figcaption>
        {label}
        <br />
        <span className="briefing-address">{address}</span>
      </figcaption>
    </figure>
  );
}

export function Briefing({ basemap, onClose }: { basemap: Basemap; onClose: () => void }) {
  const lang = useApp(selectLang);
  const story = useApp(selectStory);
  const dataset = useApp(selectDataset);
  const days = useApp(selectEventDays);
  const { qr, ready } = useQrFactory();

  useEffect(() => {
    if (!ready) return;
    // Printed once the pages (and their QR codes) are written; closed after printing.
    const timer = window.setTimeout(() => window.print(), 0);
    window.addEventListener('afterprint', onClose);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', onClose);
    };
  }, [ready, onClose]);

  if (!dataset) return null;
  const page = (day: IsoDate, index: number) => {
    const shown = dayViewAt(dataset, day, story);
    const window_ = windowAt(dataset.timeline.windows, day);
    const ofDay = eventsOf(dataset, story).filter((event) => event.date === day && !event.context);
    // The lead event first, as on the slide; the others in the story's order.
    const lead = leadEventOf(ofDay);
    const allOfDay = lead ? [lead, ...ofDay.filter((event) => event !== lead)] : ofDay;
    const points = talkingPointsText(lang, talkingPointsAt(dataset, day, story));
    const address = new URL(eventPagePath(lang, day, story), document.baseURI).href;
    return (
      <section className="briefing-page" key={day} data-day={day}>
        <header className="briefing-head">
          <h2 className="briefing-date">{formatDay(lang, day)}</h2>
          <p>
            {phaseName(lang, window_)} ·{' '}
            {t(lang, 'briefing.step', { step: index + 1, total: days.length })} ·{' '}
            {t(lang, story === 'plan' ? 'view.plan' : 'view.reported')}
          </p>
          {qr && <QrCode qr={qr} address={address} label={t(lang, 'briefing.qr')} />}
        </header>
        <div className="briefing-body">
          <div className="briefing-map">
            <StaticMap
              basemap={basemap}
              sites={dataset.sites}
              flows={dataset.timeline.flows}
              view={shown}
              selected={null}
              lang={lang}
            />
          </div>
          <div className="briefing-text">
            <StepNotes points={points} events={allOfDay} place="briefing" />
          </div>
        </div>
      </section>
    );
  };
  return createPortal(
    <div className="briefing" role="dialog" aria-label={t(lang, 'briefing.title')} lang={lang}>
      <button type="button" className="briefing-close" onClick={onClose}>
        {t(lang, 'briefing.close')}
      </button>
      {days.map(page)}
    </div>,
    document.body,
  );
}
