import { useLayoutEffect, useState } from 'react';
import { t } from '../i18n/index.ts';
import { inPhoneLayout } from '../page/phoneLayout.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectLang } from '../store/selectors.ts';
import { PlanVsReality } from './PlanVsReality.tsx';

/** Plan against reality in the panel: open from the start on wide screens, folded on phones. */
export function GapPanel() {
  const lang = useApp(selectLang);
  // Written into the HTML by the build as a wide screen shows it: open. Folded on a
  // narrow screen once React holds the page, before the browser paints again.
  const [open, setOpen] = useState(true);
  useLayoutEffect(() => {
    if (inPhoneLayout()) setOpen(false);
  }, []);
  return (
    <details className="gap-panel" open={open}>
      <summary>{t(lang, 'gap.title')}</summary>
      <PlanVsReality />
    </details>
  );
}
