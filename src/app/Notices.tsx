/** Polite notices (what the URL asked for that was ignored, say), each dismissable. */
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
