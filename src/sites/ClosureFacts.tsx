/**
 * A site's card, as the plan had it: the phase or sequence that closes it, the day of
 * its handover, where its people were redeployed (stated by the letter, or the map's
 * inference) and the drawdown and liquidation days.
 */
import { type ClosureLabel, closureLabel } from '../domain/closure.ts';
import type { Lang, Site } from '../domain/types.ts';
import { formatDay, type MessageKey, t } from '../i18n/index.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectFlows, selectSites, selectWindows } from '../store/selectors.ts';

/** The domain says whether the letter gives the handover's day or only its window's end. */
const HANDOVER_WORDING: Record<ClosureLabel['kind'], MessageKey> = {
  reported: 'card.handoverReported',
  'planned-by': 'card.handoverPlanned',
};

export function ClosureFacts({ site, lang }: { site: Site; lang: Lang }) {
  const windows = useApp(selectWindows);
  const closureWindow = windows.find((w) => w.id === site.closureWindow);
  const closure = closureLabel(site, windows);
  // Select the stable list, derive here: a selector that filters would return a new
  // array on every read and make React re-render forever.
  const sites = useApp(selectSites);
  const flows = useApp(selectFlows);
  const hubs = sites.filter((other) => site.hubs.includes(other.id));
  // Where the letter does not say where a site's people went, the hub is the map's inference.
  const hubFlow = flows.find((flow) => flow.from === site.id);
  return (
    <>
      <dt>{t(lang, 'card.window')}</dt>
      <dd>
        {closureWindow
          ? t(lang, 'card.planWindowFrom', {
              name: closureWindow.name[lang],
              start: formatDay(lang, closureWindow.start),
              end: formatDay(lang, closureWindow.end),
            })
          : t(lang, 'card.noWindow')}
      </dd>
      {closure && (
        <>
          <dt>{t(lang, 'card.handover')}</dt>
          <dd data-handover={closure.kind === 'reported' ? 'reported' : 'planned'}>
            {t(lang, HANDOVER_WORDING[closure.kind], { date: formatDay(lang, closure.date) })}
          </dd>
        </>
      )}
      {hubs.length > 0 && (
        <>
          <dt>{t(lang, 'card.hubs')}</dt>
          <dd data-hub-basis={hubFlow?.basis}>
            {hubs.map((hub) => hub.name[lang]).join(', ')}
            {hubFlow && (
              <>
                {' '}
                <em className="basis">
                  ({t(lang, hubFlow.basis === 'stated' ? 'card.hubStated' : 'card.hubInferred')})
                </em>
                {hubFlow.note && <small className="basis-note"> {hubFlow.note[lang]}</small>}
              </>
            )}
          </dd>
        </>
      )}
      {site.drawdownFrom && (
        <>
          <dt>{t(lang, 'status.drawdown')}</dt>
          <dd>{t(lang, 'card.drawdown', { date: formatDay(lang, site.drawdownFrom) })}</dd>
        </>
      )}
      {site.liquidationFrom && (
        <>
          <dt>{t(lang, 'status.liquidation')}</dt>
          <dd>{t(lang, 'card.liquidation', { date: formatDay(lang, site.liquidationFrom) })}</dd>
        </>
      )}
    </>
  );
}
