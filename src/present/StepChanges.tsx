/**
 * What changed between the step the room saw before and this one: each site whose
 * status moved, from what to what, in the current story.
 */
import { useState } from 'react';
import { compareDays } from '../domain/dates.ts';
import type { IsoDate } from '../domain/types.ts';
import { statusChangesBetween } from '../domain/views.ts';
import { t } from '../i18n/index.ts';
import { statusLabel } from '../i18n/statusLabel.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectDataset, selectDay, selectDayView, selectLang } from '../store/selectors.ts';

export function StepChanges() {
  const lang = useApp(selectLang);
  const day = useApp(selectDay);
  const dataset = useApp(selectDataset);
  // The story shown, and whether what it shows is planned.
  const shown = useApp(selectDayView);
  // The step shown before this one. Kept in state and updated while rendering when the
  // day moves (React's way of remembering a previous value), so that no ref is read or
  // written during render.
  const [steps, setSteps] = useState<{ shown: IsoDate; before: IsoDate }>({
    shown: day,
    before: day,
  });
  if (steps.shown !== day) setSteps({ shown: day, before: steps.shown });
  const from = steps.shown !== day ? steps.shown : steps.before;
  if (!dataset || !shown || compareDays(from, day) === 0) return null;
  const [earlier, later] = compareDays(from, day) < 0 ? [from, day] : [day, from];
  const changes = statusChangesBetween(dataset, earlier, later, shown.story);
  if (changes.length === 0) return null;
  return (
    <ul className="present-changes" aria-label={t(lang, 'present.changed')}>
      {changes.map((change) => (
        <li key={change.site.id} data-site-id={change.site.id}>
          <strong>{change.site.name[lang]}</strong>: {statusLabel(lang, change.from, shown.planned)}{' '}
          → {statusLabel(lang, change.to, shown.planned)}
        </li>
      ))}
    </ul>
  );
}
