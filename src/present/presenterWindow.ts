/**
 * The presenter view's window: the same page with `presenter=1`, opened beside the
 * room's (reveal.js's speaker view opens a window the same way). It loads the page's
 * own files, so that it works served and from the offline copy opened as a file.
 */

/** True on the page opened as the presenter view. */
export const presenterFromUrl = (search: string): boolean =>
  new URLSearchParams(search).get('presenter') === '1';

let opened: Window | null = null;

/** The presenter view's window, if this page opened one and it is still open. */
export const openedPresenterWindow = (): Window | null =>
  opened && !opened.closed ? opened : null;

/** Opens the presenter view (or brings it forward) at this page's address and state. */
export function openPresenterView(): void {
  const existing = openedPresenterWindow();
  if (existing) {
    existing.focus();
    return;
  }
  const address = new URL(window.location.href);
  address.searchParams.delete('present');
  address.searchParams.set('presenter', '1');
  opened = window.open(address.href, 'minusma-presenter', 'popup,width=1100,height=760');
}
