/**
 * The label that never leaves the map: whose story it shows. In the plan view it
 * names the plan and its date, and after that date says that what is shown was
 * planned, not reported; in the reported view it says where the days come from.
 */
import { t } from '../i18n/index.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectLang, selectShowsPlan, selectView } from '../store/selectors.ts';

export function ViewBanner() {
  const lang = useApp(selectLang);
  const view = useApp(selectView);
  const planned = useApp(selectShowsPlan);
  const key =
    view === 'reported'
      ? 'view.reportedBanner'
      : planned
        ? 'view.planBanner'
        : 'view.planBannerBefore';
  return (
    <p className="view-banner" data-view={view} data-planned={planned} data-over-map="">
      {t(lang, key)}
    </p>
  );
}
