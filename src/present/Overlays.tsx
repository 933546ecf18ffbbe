/**
 * What covers the map in presentation mode at the briefer's key: G, plan against
 * reality as a slide; B or ., a blank screen (a press on it brings the map back).
 */
import { PlanVsReality } from '../comparison/PlanVsReality.tsx';
import { t } from '../i18n/index.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectBlanked, selectGapSlide, selectLang } from '../store/selectors.ts';

export function GapSlide() {
  const lang = useApp(selectLang);
  const shown = useApp(selectGapSlide);
  if (!shown) return null;
  return (
    <div className="present-gap-slide" role="dialog" aria-label={t(lang, 'gap.title')}>
      <PlanVsReality large />
    </div>
  );
}

export function BlankScreen() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const blanked = useApp(selectBlanked);
  if (!blanked) return null;
  return (
    <button
      type="button"
      className="present-blank"
      aria-label={t(lang, 'present.unblank')}
      onClick={() => store.getState().toggleBlank()}
    />
  );
}
