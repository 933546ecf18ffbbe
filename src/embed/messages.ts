/**
 * The embed's message protocol, as pure functions: what a host page may ask the
 * framed map to do, read field by field from whatever `postMessage` delivered, and
 * what the map tells its host. No React, no DOM: the bridge does the wiring.
 */
import { parseIsoDate } from '../domain/dates.ts';
import { isLang, isSiteId, isStory } from '../domain/guards.ts';
import type { IsoDate, Lang, SiteId, Story } from '../domain/types.ts';

/** Longer strings are refused outright, whatever the field. */
export const MAX_STRING_LENGTH = 100;

/** What a host may ask for. */
export type EmbedCommand =
  | { type: 'minusma:set-date'; date: IsoDate }
  | { type: 'minusma:play' }
  | { type: 'minusma:pause' }
  | { type: 'minusma:set-lang'; lang: Lang }
  | { type: 'minusma:set-view'; view: Story }
  | { type: 'minusma:select-site'; site: SiteId | null };

/** What the map tells its host. */
export type EmbedEvent =
  | { type: 'minusma:ready' }
  | { type: 'minusma:height'; height: number }
  | { sentinel: 'amp'; type: 'embed-size'; height: number }
  | { message: 'height'; value: number; secret: string }
  | {
      type: 'minusma:state';
      date: IsoDate;
      playing: boolean;
      lang: Lang;
      site: SiteId | null;
      view: Story;
    };

/** The state a host is kept informed of. */
export interface EmbedState {
  date: IsoDate;
  playing: boolean;
  lang: Lang;
  site: SiteId | null;
  view: Story;
}

type Fields = Readonly<Record<string, unknown>>;

/** A plain object (not an array, a Date, a Map…) with exactly the keys `allowed` permits. */
function plainObject(data: unknown): Fields | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  return data as Fields;
}

const hasOnlyKeys = (fields: Fields, keys: readonly string[]): boolean =>
  Object.keys(fields).every((key) => keys.includes(key)) &&
  keys.every((key) => Object.hasOwn(fields, key));

const shortString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_STRING_LENGTH;

/**
 * The command in a received message, or null when it is not exactly one of ours:
 * unknown types, missing or extra fields, wrong types, over-long strings, dates
 * that are not real days, languages and sites we do not have.
 */
export function parseCommand(data: unknown): EmbedCommand | null {
  const fields = plainObject(data);
  if (!fields || !shortString(fields.type)) return null;
  switch (fields.type) {
    case 'minusma:play':
    case 'minusma:pause':
      return hasOnlyKeys(fields, ['type']) ? { type: fields.type } : null;
    case 'minusma:set-date': {
      if (!hasOnlyKeys(fields, ['type', 'date']) || !shortString(fields.date)) return null;
      const date = parseIsoDate(fields.date);
      return date ? { type: 'minusma:set-date', date } : null;
    }
    case 'minusma:set-lang': {
      if (!hasOnlyKeys(fields, ['type', 'lang'])) return null;
      const { lang } = fields;
      return isLang(lang) ? { type: 'minusma:set-lang', lang } : null;
    }
    case 'minusma:set-view': {
      if (!hasOnlyKeys(fields, ['type', 'view'])) return null;
      const { view } = fields;
      return shortString(view) && isStory(view) ? { type: 'minusma:set-view', view } : null;
    }
    case 'minusma:select-site': {
      if (!hasOnlyKeys(fields, ['type', 'site'])) return null;
      const { site } = fields;
      if (site === null) return { type: 'minusma:select-site', site: null };
      return shortString(site) && isSiteId(site) ? { type: 'minusma:select-site', site } : null;
    }
    default:
      return null;
  }
}

export const readyMessage = (): EmbedEvent => ({ type: 'minusma:ready' });

/**
 * The secret WordPress puts in the address of a frame it makes (`#?secret=abc123`),
 * which its height messages must echo; null when there is none or it is not the
 * short alphanumeric string WordPress writes (and its wp-embed.js accepts).
 */
export function wordpressSecret(hash: string): string | null {
  const query = hash.replace(/^#\??/, '');
  const secret = new URLSearchParams(query).get('secret');
  return secret && /^[A-Za-z0-9]{1,64}$/.test(secret) ? secret : null;
}

/**
 * The content height in every form a host may read: ours, the one AMP's `amp-iframe`
 * listens for, and, in a frame WordPress made (it gave a secret), WordPress's own.
 */
export function heightMessages(height: number, secret: string | null = null): EmbedEvent[] {
  const rounded = Math.ceil(height);
  const messages: EmbedEvent[] = [
    { type: 'minusma:height', height: rounded },
    { sentinel: 'amp', type: 'embed-size', height: rounded },
  ];
  if (secret) messages.push({ message: 'height', value: rounded, secret });
  return messages;
}

export const stateMessage = (state: EmbedState): EmbedEvent => ({
  type: 'minusma:state',
  date: state.date,
  playing: state.playing,
  lang: state.lang,
  site: state.site,
  view: state.view,
});
