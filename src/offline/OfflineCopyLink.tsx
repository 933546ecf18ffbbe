/**
 * The Export menu's "Offline copy (HTML, 2.7 MB)": a download of the one-file map for
 * a meeting room with no network. Its size comes from the small JSON the build writes
 * beside it, asked for only when the menu opens. The offline copy itself does not
 * offer it (it is that file, and has nothing beside it to download).
 */
import { useEffect, useId, useState } from 'react';
import type { Lang } from '../domain/types.ts';
import { formatMegabytes } from '../i18n/formatSize.ts';
import { t } from '../i18n/index.ts';
import { publicUrl } from '../map/assets.ts';
import { isOfflineCopy } from './inlinedData.ts';
import { OFFLINE_COPY_FILE, OFFLINE_COPY_INFO, parseOfflineCopyInfo } from './offlineCopy.ts';

export function OfflineCopyLink({ lang }: { lang: Lang }) {
  const [bytes, setBytes] = useState<number | null>(null);
  const noteId = useId();
  const offline = isOfflineCopy();

  useEffect(() => {
    if (offline) return;
    let ignore = false;
    fetch(publicUrl(OFFLINE_COPY_INFO))
      .then((response) => (response.ok ? response.json() : null))
      .then((json: unknown) => {
        const info = parseOfflineCopyInfo(json);
        if (!ignore && info) setBytes(info.bytes);
      })
      // Without its size the link still works: it just does not say how big the file is.
      .catch(() => undefined);
    return () => {
      ignore = true;
    };
  }, [offline]);

  if (offline) return null;
  return (
    <>
      <a
        className="export-download"
        href={publicUrl(OFFLINE_COPY_FILE)}
        download={OFFLINE_COPY_FILE}
        aria-describedby={noteId}
      >
        {bytes === null
          ? t(lang, 'export.offlineCopyUnsized')
          : t(lang, 'export.offlineCopy', { size: formatMegabytes(lang, bytes) })}
      </a>
      <span className="export-note" id={noteId}>
        {t(lang, 'export.offlineCopyNote')}
      </span>
    </>
  );
}
