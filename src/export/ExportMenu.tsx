/**
 * Exports for slides and handouts: the current view as PNG, the phase sheet as PNG
 * or as a printable page, and a WebM video of the animation where the browser can
 * record one. The drawing and recording code is fetched on the first export, not
 * with the page: most readers never export.
 */
import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { dayHeading } from '../i18n/dayHeading.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import type { Basemap } from '../map/basemap.ts';
import type { MapCamera } from '../map/mapCamera.ts';
import { OfflineCopyLink } from '../offline/OfflineCopyLink.tsx';
import { SteadyLabel } from '../page/SteadyLabel.tsx';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectLang } from '../store/selectors.ts';
import { Briefing } from './Briefing.tsx';
import { useCanRecordVideo } from './videoSupport.ts';

const loadRender = () => import('./render.ts');
const loadVideo = () => import('./video.ts');
const loadSvg = () => import('./svgDocument.ts');

/** What the menu tells the reader about the last export: under way, saved or failed. */
type ExportStatus =
  | { state: 'idle' }
  | { state: 'working' | 'saved' | 'failed'; message: MessageKey };

/** How many image pixels per CSS pixel of the map the image and the video are drawn at. */
const EXPORT_PIXEL_RATIO = 2;

export function ExportMenu({ camera, basemap }: { camera: MapCamera; basemap: Basemap }) {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const canRecordVideo = useCanRecordVideo();
  const [status, setStatus] = useState<ExportStatus>({ state: 'idle' });
  const recording = status.state === 'working' && status.message === 'export.recording';

  /**
   * Runs an export and says how it ended: a failure (a module that did not arrive, a
   * canvas too large, a recorder that stopped) is told as one, and the menu stays usable.
   */
  const run = async (task: () => Promise<void>, failure: MessageKey) => {
    try {
      await task();
    } catch {
      setStatus({ state: 'failed', message: failure });
    }
  };

  const [sheetUrl, setSheetUrl] = useState<string | null>(null);
  // The menu's downloads that ask the server something (the offline copy's size) wait
  // until the menu is first opened: most readers never open it.
  const [opened, setOpened] = useState(false);
  // The handout, written into the page while it prints (present/Briefing).
  const [briefing, setBriefing] = useState(false);
  const closeBriefing = useCallback(() => setBriefing(false), []);

  /** The map as the reader sees it now (its view, zoomed or not), drawn without WebGL. */
  const painter = async () => {
    const { MapPainter } = await loadRender();
    const view = camera.exportView(EXPORT_PIXEL_RATIO);
    if (!view) throw new Error('the map has no size');
    return new MapPainter(basemap, { ...view, pixelRatio: EXPORT_PIXEL_RATIO });
  };

  const exportView = async () => {
    const { composeView, canvasToBlob, saveBlob } = await loadRender();
    const { dataset, day, story } = store.getState();
    if (!dataset) return;
    const canvas = composeView({
      map: (await painter()).paint(dataset, day, story, lang),
      dataset,
      lang,
      heading: dayHeading(dataset, lang, day, story),
    });
    saveBlob(await canvasToBlob(canvas), `minusma-${day}.png`);
    setStatus({ state: 'saved', message: 'export.saved' });
  };

  const exportSvg = async () => {
    const [{ viewSvg }, { saveBlob }] = await Promise.all([loadSvg(), loadRender()]);
    const { dataset, day, story } = store.getState();
    const shown = camera.exportView(1);
    if (!dataset || !shown) return;
    const svg = viewSvg({
      basemap,
      dataset,
      lang,
      day,
      story,
      heading: dayHeading(dataset, lang, day, story),
      ...shown,
    });
    saveBlob(new Blob([svg], { type: 'image/svg+xml' }), `minusma-${day}.svg`);
    setStatus({ state: 'saved', message: 'export.saved' });
  };

  const exportSheet = async (print: boolean) => {
    const { renderPhaseSheet, canvasToBlob, saveBlob } = await loadRender();
    const { dataset, story } = store.getState();
    if (!dataset) return;
    const canvas = renderPhaseSheet(basemap, dataset, lang, story);
    const blob = await canvasToBlob(canvas);
    if (!print) {
      saveBlob(blob, 'minusma-phases.png');
      setStatus({ state: 'saved', message: 'export.saved' });
      return;
    }
    setSheetUrl(URL.createObjectURL(blob));
  };

  const recordVideo = async () => {
    setStatus({ state: 'working', message: 'export.recording' });
    const [{ recordAnimation }, { saveBlob }, map] = await Promise.all([
      loadVideo(),
      loadRender(),
      painter(),
    ]);
    const blob = await recordAnimation(store, () => {
      const { dataset, day, story, lang: shownLang } = store.getState();
      if (!dataset) throw new Error('no data');
      return map.paint(dataset, day, story, shownLang);
    });
    saveBlob(blob, 'minusma-withdrawal.webm');
    setStatus({ state: 'saved', message: 'export.saved' });
  };

  return (
    <>
      <details
        className="export-menu"
        onToggle={(event) => {
          if (event.currentTarget.open) setOpened(true);
        }}
      >
        <summary>
          <SteadyLabel lang={lang} words="export.menu" />
        </summary>
        <div className="export-items">
          <button type="button" onClick={() => void run(exportView, 'export.failed')}>
            {t(lang, 'export.png')}
          </button>
          <button type="button" onClick={() => void run(exportSvg, 'export.failed')}>
            {t(lang, 'export.svg')}
          </button>
          <button type="button" onClick={() => void run(() => exportSheet(false), 'export.failed')}>
            {t(lang, 'export.sheetPng')}
          </button>
          <button type="button" onClick={() => void run(() => exportSheet(true), 'export.failed')}>
            {t(lang, 'export.sheetPrint')}
          </button>
          {canRecordVideo && (
            <button
              type="button"
              onClick={() => void run(recordVideo, 'export.recordingFailed')}
              disabled={recording}
            >
              {t(lang, 'export.video')}
            </button>
          )}
          <button type="button" onClick={() => window.print()}>
            {t(lang, 'export.print')}
          </button>
          <button type="button" onClick={() => setBriefing(true)}>
            {t(lang, 'briefing.print')}
          </button>
          {opened && <OfflineCopyLink lang={lang} />}
          <p className="export-status" role="status" data-state={status.state}>
            {status.state === 'idle' ? '' : t(lang, status.message)}
          </p>
        </div>
      </details>
      {briefing && <Briefing basemap={basemap} onClose={closeBriefing} />}
      {sheetUrl &&
        createPortal(
          <div className="print-sheet" role="dialog" aria-label={t(lang, 'export.sheetPrint')}>
            <img src={sheetUrl} alt={t(lang, 'export.sheetAlt')} onLoad={() => window.print()} />
            <button
              type="button"
              className="print-sheet-close"
              onClick={() => {
                URL.revokeObjectURL(sheetUrl);
                setSheetUrl(null);
              }}
            >
              {t(lang, 'card.close')}
            </button>
          </div>,
          document.body,
        )}
    </>
  );
}
