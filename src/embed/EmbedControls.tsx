/**
 * The header's embed controls: on the full page, an "Embed" button and its dialog
 * with the HTML to paste; inside a frame (`?embed=1`), a small link that opens the
 * same state as the full map, outside the frame.
 */
import { useRef, useState } from 'react';
import { t } from '../i18n/index.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import {
  selectDay,
  selectEmbed,
  selectLang,
  selectSelectedSiteId,
  selectStory,
} from '../store/selectors.ts';
import './embed.css';
import { SteadyLabel } from '../page/SteadyLabel.tsx';
import { eventPageDays, eventPagePath, langRootPath } from './eventPages.ts';
import { embedPageUrl, embedSnippet, stateQuery, stateUrl } from './snippet.ts';

/**
 * Whether the page's relative addresses lead to the build's root: the pages the build
 * writes in folders (event pages, the embed's pages) say so with a `<base>`, and so
 * does the build's own render of them (no document there).
 */
const baseIsRoot = (): boolean =>
  typeof document === 'undefined' || document.querySelector('base[href]') !== null;

export function EmbedControls() {
  return useApp(selectEmbed) ? <OpenFullMapLink /> : <EmbedDialog />;
}

function OpenFullMapLink() {
  const lang = useApp(selectLang);
  const date = useApp(selectDay);
  const site = useApp(selectSelectedSiteId);
  const story = useApp(selectStory);
  // The full map is the app's page written in the state's language (the build's root,
  // or `fr/`): relative to the written pages' base (the same text in the build's HTML
  // and in the app, which takes that link over as it is).
  const state = { date, lang, site, view: story };
  const href = baseIsRoot()
    ? `./${langRootPath(lang)}${stateQuery(state, false)}`
    : stateUrl(window.location.href, state, false);
  return (
    <a className="open-full-map" href={href} target="_blank" rel="noopener">
      <SteadyLabel lang={lang} words="embed.openFull" />
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> {t(lang, 'embed.newTab')}</span>
    </a>
  );
}

type CopyStatus = 'idle' | 'copied' | 'selected';

function EmbedDialog() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [snippet, setSnippet] = useState('');
  const [copyStatus, setCopyStatus] = useState<CopyStatus>('idle');
  const [pageLink, setPageLink] = useState<string | null>(null);

  const open = () => {
    // The snippet is taken when the dialog opens, so it does not move while being copied.
    const s = store.getState();
    // An event day has a page of its own with its link preview; relative to the build's
    // root, which is the page's base (an event page sets it).
    const hasPage = s.dataset ? eventPageDays(s.dataset, s.story).includes(s.day) : false;
    const eventPage = hasPage ? eventPagePath(s.lang, s.day, s.story) : null;
    // The build's root: the page's base where it sets one, else the page's folder.
    const root = new URL('./', document.baseURI).href;
    setPageLink(eventPage ? new URL(eventPage, root).href : null);
    // The frame shows the embed's own page, written by the build with the embed's layout
    // (that of the day's event page where there is one): its first paint is the map.
    setSnippet(
      embedSnippet(
        embedPageUrl(
          root,
          { date: s.day, lang: s.lang, site: s.selectedSiteId, view: s.story },
          eventPage,
        ),
        t(s.lang, 'embed.frameTitle'),
      ),
    );
    setCopyStatus('idle');
    dialogRef.current?.showModal();
  };

  const selectCode = () => {
    codeRef.current?.focus();
    codeRef.current?.select();
    setCopyStatus('selected');
  };

  const copy = async () => {
    if (!navigator.clipboard) {
      selectCode();
      return;
    }
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyStatus('copied');
    } catch {
      // Refused (no permission, an insecure page): the reader copies it by hand.
      selectCode();
    }
  };

  return (
    <>
      <button type="button" className="embed-button" aria-haspopup="dialog" onClick={open}>
        <SteadyLabel lang={lang} words="embed.open" />
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby="embed-dialog-title">
        <h2 id="embed-dialog-title">{t(lang, 'embed.title')}</h2>
        <p>{t(lang, 'embed.intro')}</p>
        <label htmlFor="embed-code">{t(lang, 'embed.code')}</label>
        <textarea
          id="embed-code"
          ref={codeRef}
          className="embed-code"
          readOnly
          rows={12}
          spellCheck={false}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
        />
        <p className="embed-note">{t(lang, 'embed.scriptNote')}</p>
        {pageLink && (
          <p className="embed-page-link">
            {t(lang, 'share.pageLink')} <a href={pageLink}>{pageLink}</a>
          </p>
        )}
        <div className="embed-actions">
          <button type="button" onClick={() => void copy()}>
            {t(lang, 'embed.copy')}
          </button>
          <p role="status" className="embed-copy-status">
            {copyStatus === 'copied'
              ? t(lang, 'embed.copied')
              : copyStatus === 'selected'
                ? t(lang, 'embed.selected')
                : ''}
          </p>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t(lang, 'embed.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}
