/**
 * The addresses and the HTML a host page needs: the framed map's `src` (the embed's
 * own page, which the build writes with the embed's layout), the "Open full map"
 * link, and the snippet the Embed dialog offers. Pure: the caller passes the
 * addresses.
 */
import type { IsoDate, Lang, Story } from '../domain/types.ts';
import { langRootPath } from './eventPages.ts';

/** The frame's default height in CSS pixels: the map, the slider and a screenful of panel. */
export const DEFAULT_FRAME_HEIGHT = 720;

export const FRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The state as a query string (`?date=…&lang=…&view=…`), every parameter written out. */
export function stateQuery(
  state: { date: IsoDate; lang: Lang; site: string | null; view: Story },
  embed: boolean,
): string {
  const params = new URLSearchParams();
  params.set('date', state.date);
  if (state.site) params.set('site', state.site);
  params.set('lang', state.lang);
  // Always said, even the plan: the page may be one of the reported story's, whose
  // own view is the other one.
  params.set('view', state.view);
  if (embed) params.set('embed', '1');
  return `?${params.toString()}`;
}

/** The folder of the embed's page inside an event page's folder, or the build's root. */
export const EMBED_FOLDER = 'embed/';

/**
 * The embed's own page at `state`: `embed/` of the day's event page where the day has
 * one (`en/2023-08-12/embed/`, written with that day's map), else the embed's page
 * written in the state's language (`embed/`, `fr/embed/`: the timeline's first day,
 * then moved to the state's). `root` is the build's root address; `eventPage` the
 * day's page folder, or null.
 */
export function embedPageUrl(
  root: string,
  state: { date: IsoDate; lang: Lang; site: string | null; view: Story },
  eventPage: string | null,
): string {
  const url = new URL(`${eventPage ?? langRootPath(state.lang)}${EMBED_FOLDER}`, root);
  url.search = stateQuery(state, false);
  return url.toString();
}

/**
 * The map's address at `state`: the page's own address (origin and path, so it works
 * from any sub-path) with every state parameter written out, so a host's readers see
 * what the author chose whatever their browser's language.
 */
export function stateUrl(
  pageUrl: string,
  state: { date: IsoDate; lang: Lang; site: string | null; view: Story },
  embed: boolean,
): string {
  const url = new URL(pageUrl);
  url.search = stateQuery(state, embed);
  url.hash = '';
  return url.toString();
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The optional script: sets the frame's height from the map's `minusma:height` messages. */
const HEIGHT_SCRIPT = `<script>
(function () {
  var frame = document.currentScript.previousElementSibling;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== frame.contentWindow || !data || data.type !== 'minusma:height') return;
    var height = Number(data.height);
    if (height > 0 && height < 20000) frame.style.height = Math.ceil(height) + 'px';
  });
})();
</script>`;

/** The frame of `src` (an embed page's address) alone: what oEmbed's `html` carries (hosts there strip scripts). */
export function embedFrame(src: string, title: string): string {
  const attributes: [string, string][] = [
    ['src', src],
    ['title', title],
    ['width', '100%'],
    ['height', String(DEFAULT_FRAME_HEIGHT)],
    ['loading', 'lazy'],
    ['allow', 'fullscreen'],
    ['sandbox', FRAME_SANDBOX],
    ['style', 'border: 0; display: block;'],
  ];
  return `<iframe ${attributes
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join('\n  ')}></iframe>`;
}

/** The HTML to paste: the frame of `src`, then (optionally) the height script. */
export function embedSnippet(src: string, title: string): string {
  return `${embedFrame(src, title)}\n${HEIGHT_SCRIPT}`;
}
