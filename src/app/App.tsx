import { useCallback, useState } from 'react';
import type { Lang } from '../domain/types.ts';
import { preferredLang, t } from '../i18n/index.ts';
import { MapView } from '../map/MapView.tsx';

export function App() {
  const [lang, setLang] = useState<Lang>(() => preferredLang(navigator.languages));
  const [webglMissing, setWebglMissing] = useState(false);
  const onWebglUnavailable = useCallback(() => setWebglMissing(true), []);
  const other: Lang = lang === 'fr' ? 'en' : 'fr';

  return (
    <div className="app" lang={lang}>
      <header className="app-header">
        <h1>{t(lang, 'app.title')}</h1>
        <p className="subtitle">{t(lang, 'app.subtitle')}</p>
        <button
          type="button"
          className="lang-switch"
          lang={other}
          aria-label={t(lang, 'lang.switchLabel')}
          onClick={() => setLang(other)}
        >
          {t(lang, 'lang.switch')}
        </button>
      </header>
      <main className="app-main">
        {webglMissing ? (
          <p role="status">{t(lang, 'notice.noWebgl')}</p>
        ) : (
          <MapView lang={lang} onWebglUnavailable={onWebglUnavailable} />
        )}
      </main>
    </div>
  );
}
