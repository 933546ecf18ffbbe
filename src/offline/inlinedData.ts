/**
 * The offline copy carries its data files in the page, one
 * `<script type="application/json" data-file="data/sites.geojson">` each, because a
 * page opened from a file may not fetch its neighbours. The app reads a file from
 * there when it is there, and fetches it otherwise.
 */

/** The text of a data file inlined in the page, or null (the page is served). */
export function inlinedDataFile(path: string, doc: Document = document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/json"][data-file]')) {
    if (script.getAttribute('data-file') === path) return script.textContent;
  }
  return null;
}

/** Whether this page is the offline copy (it carries its data). */
export function isOfflineCopy(doc: Document = document): boolean {
  return doc.querySelector('script[type="application/json"][data-file]') !== null;
}
