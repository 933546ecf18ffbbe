/**
 * The switch between the two stories: the plan of the letters and what happened.
 * Two toggle buttons in a labelled group (one pressed), so that it reads the same
 * to a screen reader, a keyboard and a pointer.
 */
import type { View } from '../domain/types.ts';
import { VIEWS } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectLang, selectView } from '../store/selectors.ts';
import './view.css';

const LABELS = { plan: 'view.plan', reported: 'view.reported' } as const satisfies Record<
  View,
  string
>;

export function ViewSwitch() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const view = useApp(selectView);
  return (
    <fieldset className="view-switch" data-view={view}>
      <legend className="visually-hidden">{t(lang, 'view.label')}</legend>
      {VIEWS.map((option) => (
        <button
          key={option}
          type="button"
          data-view-option={option}
          aria-pressed={view === option}
          onClick={() => store.getState().setView(option)}
        >
          {t(lang, LABELS[option])}
        </button>
      ))}
    </fieldset>
  );
}
