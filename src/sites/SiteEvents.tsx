/**
 * A site's card, its events: each day the story names the site, a button that moves
 * the slider there.
 */
import type { Site } from '../domain/types.ts';
import { formatDay, t } from '../i18n/index.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectEvents, selectLang } from '../store/selectors.ts';

export function SiteEvents({ site }: { site: Site }) {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const events = useApp(selectEvents);
  const siteEvents = events.filter((event) => event.sites.includes(site.id));
  if (siteEvents.length === 0) return null;
  return (
    <>
      <h3>{t(lang, 'card.events')}</h3>
      <ul className="card-events">
        {siteEvents.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => store.getState().setDay(event.date)}
            >
              {formatDay(lang, event.date)}
            </button>{' '}
            {event.title[lang]}
          </li>
        ))}
      </ul>
    </>
  );
}
