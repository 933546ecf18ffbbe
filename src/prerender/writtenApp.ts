/**
 * The element the build writes the app's markup into, inside #root beside the page's
 * fallback: React takes over exactly this element's content (hydration), which must
 * hold nothing but what the app renders. A box of its own it does not have (CSS
 * `display: contents`), so the layout is the app's as if it sat in #root.
 */
export const WRITTEN_APP_ID = 'written-app';
