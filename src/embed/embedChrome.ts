/**
 * Embed mode's page-wide part: `<html data-embed>` (and `data-fullscreen="no"` where
 * the frame forbids full screen) for the compact styles; and every link to another
 * document opened in a new tab, now and as the panel re-renders, since a link that
 * navigated the frame would trap the reader inside the host's page. Links within the
 * page (`#timeline`) stay as they are.
 */
import { type RefObject, useEffect } from 'react';

function openOutside(root: HTMLElement): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (link.getAttribute('href')?.startsWith('#') || link.target === '_blank') continue;
    link.target = '_blank';
    const rel = new Set(link.rel.split(/\s+/).filter(Boolean));
    rel.add('noopener');
    link.rel = [...rel].join(' ');
  }
}

export function useEmbedChrome(rootRef: RefObject<HTMLElement | null>, embed: boolean): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !embed) return;
    const html = document.documentElement;
    html.dataset.embed = '';
    // A frame without allow="fullscreen" hides what would go full screen.
    if (!document.fullscreenEnabled) html.dataset.fullscreen = 'no';
    openOutside(root);
    const observer = new MutationObserver(() => openOutside(root));
    observer.observe(root, { subtree: true, childList: true });
    return () => {
      observer.disconnect();
      delete html.dataset.embed;
      delete html.dataset.fullscreen;
    };
  }, [rootRef, embed]);
}
