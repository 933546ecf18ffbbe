/**
 * The legend: kinds as shapes, statuses as colour and pattern, how a closed site was
 * left (without a handover, contested), hubs, flows, and the ring of the day: the
 * handover's in the plan, the day left or handed over in the reported view.
 */
import type { ReactNode } from 'react';
import { FLOW_BASES, SITE_KINDS, SITE_STATUSES } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectLang, selectStory } from '../store/selectors.ts';
import { SiteGlyph } from '../symbols/SiteGlyph.tsx';
import { FLOW_COLOURS, HUB_COLOUR } from '../symbols/symbols.ts';

/** The rings drawn around a site: a hub's, and the day's (dashed), as on the map. */
const HUB_RING = { fill: 'rgba(0,158,115,0.12)', stroke: HUB_COLOUR, strokeWidth: 2.5 } as const;
const DAY_RING = {
  fill: 'none',
  stroke: '#1f2328',
  strokeWidth: 2,
  strokeDasharray: '3 2',
} as const;

/** The flows as the map draws them: stated ones solid, inferred ones dashed and lighter. */
const FLOW_LINES = {
  stated: {
    label: 'legend.flowStated',
    line: { stroke: FLOW_COLOURS.stated, strokeWidth: 3, strokeLinecap: 'round' },
  },
  inferred: {
    label: 'legend.flowInferred',
    line: { stroke: FLOW_COLOURS.inferred, strokeWidth: 2, strokeDasharray: '4 3' },
  },
} as const;

export function Legend() {
  const lang = useApp(selectLang);
  const story = useApp(selectStory);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t(lang, 'legend.title')}</h2>
      <div className="legend-columns">
        <ul aria-label={t(lang, 'legend.statuses')}>
          {SITE_STATUSES.map((status) => (
            <li key={status}>
              <SiteGlyph kind="camp" status={status} /> {t(lang, `status.${status}`)}
            </li>
          ))}
          <li>
            <SiteGlyph kind="camp" status="closed" departure="no-handover" />{' '}
            {t(lang, 'legend.leftWithoutHandover')}
          </li>
          <li>
            <SiteGlyph kind="camp" status="closed" departure="contested" />{' '}
            {t(lang, 'legend.contested')}
          </li>
        </ul>
        <ul aria-label={t(lang, 'legend.kinds')}>
          {SITE_KINDS.map((kind) => (
            <li key={kind}>
              <SiteGlyph kind={kind} status="open" /> {t(lang, `kind.${kind}`)}
            </li>
          ))}
          <DrawnItem label={t(lang, 'legend.hub')}>
            <circle cx={9} cy={9} r={7} {...HUB_RING} />
          </DrawnItem>
          <DrawnItem
            label={t(lang, story === 'reported' ? 'legend.leftOrHandedOver' : 'legend.handover')}
          >
            <circle cx={9} cy={9} r={7} {...DAY_RING} />
          </DrawnItem>
          {FLOW_BASES.map((basis) => (
            <DrawnItem key={basis} label={t(lang, FLOW_LINES[basis].label)} width={28}>
              <line x1={2} y1={9} x2={26} y2={9} {...FLOW_LINES[basis].line} />
            </DrawnItem>
          ))}
        </ul>
      </div>
      <p className="legend-note">{t(lang, 'legend.inferredNote')}</p>
    </section>
  );
}

/** A legend line whose mark is drawn here (hubs, handovers, flows), `width` px wide, 18 px high. */
function DrawnItem({
  label,
  width = 18,
  children,
}: {
  label: string;
  width?: number;
  children: ReactNode;
}) {
  return (
    <li>
      <svg
        className="glyph"
        width={width}
        height={18}
        viewBox={`0 0 ${width} 18`}
        aria-hidden="true"
      >
        {children}
      </svg>{' '}
      {label}
    </li>
  );
}
