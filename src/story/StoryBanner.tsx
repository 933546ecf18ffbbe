/**
 * The label that never leaves the map: whose story it shows. In the plan view it
 * names the plan and its date, and after that date says that what is shown was
 * planned, not reported; in the reported view it says where the days come from.
 */
import { t } from '../i18n/index.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectLang, selectShowsPlan, selectStory } from '../store/selectors.ts';

export function StoryBanner() {
  const lang = useApp(selectLang);
  const story = useApp(selectStory);
  const planned = useApp(selectShowsPlan);
  const key =
    story === 'reported'
      ? 'view.reportedBanner'
      : planned
        ? 'view.planBanner'
        : 'view.planBannerBefore';
  return (
    <p className="view-banner" data-view={story} data-planned={planned} data-over-map="">
      {t(lang, key)}
    </p>
  );
}
