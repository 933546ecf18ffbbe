/**
 * The width under which the page takes its phone layout (phones.css, and present.css
 * for a presentation link opened on a phone), for the code that must agree with it.
 */
export const PHONE_LAYOUT = '(max-width: 820px)';

/** True while the page is laid out for a phone. */
export function inPhoneLayout(): boolean {
  return window.matchMedia?.(PHONE_LAYOUT).matches ?? false;
}
