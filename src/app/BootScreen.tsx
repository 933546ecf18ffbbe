/**
 * The page before the data is in: the title and a loading message, or, when the data
 * could not be loaded, a clear alert with what went wrong and a button to try again.
 */
import type { Lang } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import type { LoadProblem } from './loadDataset.ts';
import { loadProblemText } from './loadProblemText.ts';

export function BootScreen({
  lang,
  problem,
  onRetry,
}: {
  lang: Lang;
  /** Null while loading. */
  problem: LoadProblem | null;
  onRetry: () => void;
}) {
  return (
    <div className="app app-boot" lang={lang}>
      <header className="app-header">
        <h1>{t(lang, 'app.title')}</h1>
      </header>
      <main className="boot-message">
        {problem === null ? (
          <p role="status">{t(lang, 'app.loading')}</p>
        ) : (
          <div role="alert" className="load-error">
            <p>
              <strong>{t(lang, 'load.failed')}</strong>
            </p>
            <p className="load-problem">{loadProblemText(lang, problem)}</p>
            {problem.code === 'invalid' && (
              // The schema's own findings, as technical detail: written in English.
              <ul className="load-details" lang="en">
                {problem.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
            <button type="button" onClick={onRetry}>
              {t(lang, 'load.retry')}
            </button>
          </div>
        )}
      </main>
    </div>
  );
}
