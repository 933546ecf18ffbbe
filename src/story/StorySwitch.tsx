/**
 * The switch between the two stories: the plan of the letters and what happened.
 * Two toggle buttons in a labelled group (one pressed), so that it reads the same
 * to a screen reader, a keyboard and a pointer.
 */
import type { Story } from '../domain/types.ts';
import { STORIES } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectLang, selectStory } from '../store/selectors.ts';
import './story.css';
import { SteadyLabel } from '../page/SteadyLabel.tsx';

const LABELS = { plan: 'view.plan', reported: 'view.reported' } as const satisfies Record<
  Story,
  string
>;

export function StorySwitch() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const story = useApp(selectStory);
  return (
    <fieldset className="view-switch" data-view={story}>
      <legend className="visually-hidden">{t(lang, 'view.label')}</legend>
      {STORIES.map((option) => (
        <button
          key={option}
          type="button"
          data-view-option={option}
          aria-pressed={story === option}
          onClick={() => store.getState().setStory(option)}
        >
          <SteadyLabel lang={lang} words={LABELS[option]} />
        </button>
      ))}
    </fieldset>
  );
}
