/**
 * The tags that make a page's link preview (Open Graph, Twitter's card, the canonical
 * and other-language links, oEmbed discovery), and its oEmbed answer. Addresses are
 * absolute when the build knows the site's public address (SITE_URL), else relative
 * to the build's root, which every page sets as its base.
 */
import { escapeHtml } from './html.ts';

/** The site's public address from SITE_URL, with a trailing slash; null when unset. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string | null {
  const value = env.SITE_URL?.trim();
  if (!value) return null;
  const url = new URL(value);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** `path` (relative to the build's root) as the site's absolute address, or as it is. */
export function addressOf(site: string | null, path: string): string {
  return site ? new URL(path, site).href : path;
}

export interface ShareTags {
  site: string | null;
  path: string;
  lang: 'en' | 'fr';
  title: string;
  description: string;
  siteName: string;
  image: { path: string; width: number; height: number; alt: string };
  oembedPath: string;
  alternates: { lang: 'en' | 'fr'; path: string }[];
}

export function shareTags(tags: ShareTags): string {
  const at = (path: string) => escapeHtml(addressOf(tags.site, path));
  const text = escapeHtml;
  const meta = (key: 'property' | 'name', name: string, content: string) =>
    `    <meta ${key}="${name}" content="${content}" />`;
  return [
    `    <link rel="canonical" href="${at(tags.path)}" />`,
    ...tags.alternates.map(
      (other) => `    <link rel="alternate" hreflang="${other.lang}" href="${at(other.path)}" />`,
    ),
    `    <link rel="alternate" type="application/json+oembed" href="${at(tags.oembedPath)}" title="${text(tags.title)}" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', text(tags.siteName)),
    meta('property', 'og:title', text(tags.title)),
    meta('property', 'og:description', text(tags.description)),
    meta('property', 'og:url', at(tags.path)),
    meta('property', 'og:locale', tags.lang === 'fr' ? 'fr_FR' : 'en_GB'),
    meta('property', 'og:image', at(tags.image.path)),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(tags.image.width)),
    meta('property', 'og:image:height', String(tags.image.height)),
    meta('property', 'og:image:alt', text(tags.image.alt)),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', text(tags.title)),
    meta('name', 'twitter:description', text(tags.description)),
    meta('name', 'twitter:image', at(tags.image.path)),
    meta('name', 'twitter:image:alt', text(tags.image.alt)),
  ].join('\n');
}

/**
 * oEmbed 1.0's answer for a page: a "rich" type whose HTML is the map's frame. Without
 * SITE_URL its addresses are relative to the answer's own folder (the page's).
 */
export function oembed(options: {
  site: string | null;
  title: string;
  providerName: string;
  frameHtml: string;
  width: number;
  height: number;
  thumbnail: { path: string; width: number; height: number };
}): string {
  return `${JSON.stringify(
    {
      type: 'rich',
      version: '1.0',
      title: options.title,
      provider_name: options.providerName,
      ...(options.site ? { provider_url: options.site } : {}),
      html: options.frameHtml,
      width: options.width,
      height: options.height,
      thumbnail_url: options.thumbnail.path,
      thumbnail_width: options.thumbnail.width,
      thumbnail_height: options.thumbnail.height,
    },
    null,
    2,
  )}\n`;
}
