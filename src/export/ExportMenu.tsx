/**
 * Exports for slides and handouts: the current view as PNG, the phase sheet as PNG
 * or as a printable page, and a WebM video of the animation where the browser can
 * record one. The drawing and recording code is fetched on the first export, not
 * with the page: most readers never export.
 */
import { type RefObject, useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { type MessageKey, t } from '../i18n/index.ts';
import type { Basemap } from '../map/basemap.ts';
import type { MapController } from '../map/MapController.ts';
import { OfflineCopyLink } from '../offline/OfflineCopyLink.tsx';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectCurrentWindow, selectEventsToday, selectLang } from '../store/selectors.ts';
import { Briefing } from './Briefing.tsx';
import { useCanRecordVideo } from './videoSupport.ts';

const loadRender = () => import('./render.ts');
const loadVideo = () => import('./video.ts');

/** What the menu tells the reader about the last export: under way, saved or failed. */
type ExportStatus =
  | { state: 'idle' }
  | { state: 'working' | 'saved' | 'failed'; message: MessageKey };

export function ExportMenu({
  controllerRef,
  mapReady,
  basemap,
}: {
  controllerRef: RefObject<MapController | null>;
  /** The WebGL map has drawn: the exports that need its canvas can run. */
  mapReady: boolean;
  basemap: Basemap;
}) {
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
  const today = useApp(selectEventsToday);
  const current = useApp(selectCurrentWindow);

  const exportView = async () => {
    const { composeView, canvasToBlob, saveBlob } = await loadRender();
    const { dataset, day } = store.getState();
    const controller = controllerRef.current;
    if (!dataset || !controller) return;
    // drawNow and composeView in one task: the map's drawing buffer is whole only then.
    const canvas = composeView({
      map: controller.drawNow(),
      dataset,
      lang,
      day,
      windowName: current ? current.name[lang] : t(lang, 'timeline.noWindow'),
      caption: today[0]?.title[lang] ?? null,
      view: store.getState().view,
    });
    saveBlob(await canvasToBlob(canvas), `minusma-${day}.png`);
    setStatus({ state: 'saved', message: 'export.saved' });
  };

  const exportSheet = async (print: boolean) => {
    const { renderPhaseSheet, canvasToBlob, saveBlob } = await loadRender();
    const { dataset, view } = store.getState();
    if (!dataset) return;
    const canvas = renderPhaseSheet(basemap, dataset, lang, view);
    const blob = await canvasToBlob(canvas);
    if (!print) {
      saveBlob(blob, 'minusma-phases.png');
      setStatus({ state: 'saved', message: 'export.saved' });
      return;
    }
    setSheetUrl(URL.createObjectURL(blob));
  };

  const recordVideo = async () => {
    const controller = controllerRef.current;
    if (!controller) return;
    setStatus({ state: 'working', message: 'export.recording' });
    const [{ recordAnimation }, { saveBlob }] = await Promise.all([loadVideo(), loadRender()]);
    const blob = await recordAnimation(store, controller);
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
        <summary>{t(lang, 'export.menu')}</summary>
        <div className="export-items">
          <button
            type="button"
            onClick={() => void run(exportView, 'export.failed')}
            disabled={!mapReady}
          >
            {t(lang, 'export.png')}
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
              disabled={!mapReady || recording}
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
