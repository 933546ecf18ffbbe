/**
 * Polite notices (what the URL asked for that was ignored, say), each dismissable; and the
 * map's own problems, said for as long as they last.
 */
import { t } from '../i18n/index.ts';
import { CloseButton } from '../page/CloseButton.tsx';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectLang, selectNotices } from '../store/selectors.ts';

export function Notices() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const notices = useApp(selectNotices);
  return (
    <div className="notices" role="status" data-over-map="">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{t(lang, notice.key, notice.values)}</span>
          <CloseButton
            label={t(lang, 'notice.dismiss')}
            onClick={() => store.getState().dismissNotice(notice.id)}
          />
        </p>
      ))}
    </div>
  );
}

const PROBLEM_TEXT = {
  'no-webgl': 'notice.noWebgl',
  'context-lost': 'notice.contextLost',
} as const;

/** A problem with the map's engine (none, or its context lost), said over the map while it lasts. */
export function MapProblem({ problem }: { problem: keyof typeof PROBLEM_TEXT }) {
  const lang = useApp(selectLang);
  return (
    <p className="notice notice-warning" role="status" data-problem={problem} data-over-map="">
      {t(lang, PROBLEM_TEXT[problem])}
    </p>
  );
}
