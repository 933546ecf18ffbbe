/**
 * The map's +/− buttons and "show all of Mali", on the map from the first paint (the
 * build writes them): they zoom the SVG map at once and bring the engine, then drive
 * the engine once it has taken over (mapCamera.ts). The reset button shows once zoomed.
 */
import { type ReactNode, useSyncExternalStore } from 'react';
import { t } from '../i18n/index.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectLang } from '../store/selectors.ts';
import type { MapCamera } from './mapCamera.ts';

const alwaysFitted = () => true;
const noSubscription = () => () => {};

export function ZoomControls({ camera }: { camera: MapCamera | null }) {
  const lang = useApp(selectLang);
  const fitted = useSyncExternalStore(
    camera?.subscribe ?? noSubscription,
    camera?.isFitted ?? alwaysFitted,
    alwaysFitted,
  );
  return (
    <div className="zoom-controls" data-over-map="">
      <ZoomButton
        className="zoom-in"
        label={t(lang, 'map.zoomIn')}
        onClick={() => camera?.zoomIn()}
      >
        <span aria-hidden="true">+</span>
      </ZoomButton>
      <ZoomButton
        className="zoom-out"
        label={t(lang, 'map.zoomOut')}
        onClick={() => camera?.zoomOut()}
      >
        <span aria-hidden="true">−</span>
      </ZoomButton>
      {!fitted && (
        <ZoomButton
          className="zoom-reset"
          label={t(lang, 'map.resetView')}
          onClick={() => camera?.reset()}
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <path
              d="M3 7V3h4M17 7V3h-4M3 13v4h4M17 13v4h-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            />
          </svg>
        </ZoomButton>
      )}
    </div>
  );
}

/** One of the map's buttons, named by its label, which is also its tooltip. */
function ZoomButton({
  className,
  label,
  onClick,
  children,
}: {
  className: string;
  label: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className={className} aria-label={label} title={label} onClick={onClick}>
      {children}
    </button>
  );
}
