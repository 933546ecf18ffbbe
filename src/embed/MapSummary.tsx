/**
 * The embed's accessible summary: the day's talking points in one line ("12 August
 * 2023 — Ber handed over, …; 11 of 13 sites not yet closed; …"), the text the live
 * region says and the frame page's description, in the page's language. The map's
 * part of the page points to it (aria-describedby), so a screen reader entering the
 * frame hears what the map shows before the map itself.
 */
import { daySummary } from '../i18n/talkingPointsText.ts';
import { useApp, useShownDay } from '../store/StoreProvider.tsx';
import { selectDataset } from '../store/selectors.ts';

export const MAP_SUMMARY_ID = 'map-summary';

export function MapSummary() {
  const dataset = useApp(selectDataset);
  const { lang, day, story } = useShownDay();
  if (!dataset) return null;
  return (
    <p id={MAP_SUMMARY_ID} className="visually-hidden">
      {daySummary(dataset, lang, day, story)}
    </p>
  );
}
