import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/types.ts';
import {
  heightMessages,
  MAX_STRING_LENGTH,
  parseCommand,
  readyMessage,
  stateMessage,
  wordpressSecret,
} from './messages.ts';

/** Every command a host may send, each read as it was sent. */
const COMMANDS: [string, object][] = [
  ['set-date with a day in the timeline', { type: 'minusma:set-date', date: '2023-08-12' }],
  [
    'set-date with a real day outside it (the store clamps)',
    { type: 'minusma:set-date', date: '2030-01-01' },
  ],
  ['play', { type: 'minusma:play' }],
  ['pause', { type: 'minusma:pause' }],
  ['set-view to what happened', { type: 'minusma:set-view', view: 'reported' }],
  ['set-view to the plan', { type: 'minusma:set-view', view: 'plan' }],
  ['set-lang in French', { type: 'minusma:set-lang', lang: 'fr' }],
  ['set-lang in English', { type: 'minusma:set-lang', lang: 'en' }],
  ['select-site with a known site', { type: 'minusma:select-site', site: 'ber' }],
  ['select-site with another known site', { type: 'minusma:select-site', site: 'tombouctou' }],
  ['select-site with null, to close the card', { type: 'minusma:select-site', site: null }],
];

describe('parseCommand: the commands a host may send', () => {
  it.each(COMMANDS)('reads %s', (_, command) => {
    expect(parseCommand(command)).toEqual(command);
  });

  it('reads a message without a prototype, as some hosts build them', () => {
    const message = Object.assign(Object.create(null) as object, { type: 'minusma:play' });
    expect(parseCommand(message)).toEqual({ type: 'minusma:play' });
  });
});

const huge = 'x'.repeat(MAX_STRING_LENGTH + 1);

const MALFORMED: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a string', 'string'],
  ['a JSON string of a valid command', '{"type":"minusma:play"}'],
  ['a number', 42],
  ['a boolean', true],
  ['an empty array', []],
  ['an array holding a command', [{ type: 'minusma:play' }]],
  ['an empty object', {}],
  ['a numeric type', { type: 1 }],
  ['a null type', { type: null }],
  ['an object type', { type: { toString: () => 'minusma:play' } }],
  ['an unknown type', { type: 'minusma:explode' }],
  ['a type in other case', { type: 'MINUSMA:PLAY' }],
  ['a type with spaces', { type: ' minusma:play' }],
  ['a huge type', { type: huge }],
  ['markup as the type', { type: '<script>alert(1)</script>' }],
  ['play with an extra field', { type: 'minusma:play', next: 'minusma:pause' }],
  ['pause with an extra field', { type: 'minusma:pause', html: '<img src=x onerror=alert(1)>' }],
  ['set-date without a date', { type: 'minusma:set-date' }],
  ['set-date on a day that does not exist', { type: 'minusma:set-date', date: '2023-02-30' }],
  ['set-date on month 13', { type: 'minusma:set-date', date: '2023-13-01' }],
  ['set-date with a time', { type: 'minusma:set-date', date: '2023-08-12T00:00:00Z' }],
  ['set-date with a day first', { type: 'minusma:set-date', date: '12/08/2023' }],
  ['set-date with a number', { type: 'minusma:set-date', date: 20230812 }],
  ['set-date with a Date', { type: 'minusma:set-date', date: new Date('2023-08-12') }],
  ['set-date with null', { type: 'minusma:set-date', date: null }],
  ['set-date with an empty date', { type: 'minusma:set-date', date: '' }],
  ['set-date earliest (a URL word, not a date)', { type: 'minusma:set-date', date: 'earliest' }],
  [
    'set-date with markup',
    { type: 'minusma:set-date', date: '2023-08-12<script>alert(1)</script>' },
  ],
  ['set-date with a huge date', { type: 'minusma:set-date', date: `2023-08-12${huge}` }],
  ['set-date with an extra field', { type: 'minusma:set-date', date: '2023-08-12', x: 1 }],
  ['set-lang de', { type: 'minusma:set-lang', lang: 'de' }],
  ['set-view truth', { type: 'minusma:set-view', view: 'truth' }],
  ['set-view Reported', { type: 'minusma:set-view', view: 'Reported' }],
  ['set-view without view', { type: 'minusma:set-view' }],
  ['set-view with an extra key', { type: 'minusma:set-view', view: 'plan', lang: 'fr' }],
  ['set-lang FR', { type: 'minusma:set-lang', lang: 'FR' }],
  ['set-lang fr-FR', { type: 'minusma:set-lang', lang: 'fr-FR' }],
  ['set-lang without lang', { type: 'minusma:set-lang' }],
  ['set-lang with an array', { type: 'minusma:set-lang', lang: ['fr'] }],
  ['set-lang with an extra field', { type: 'minusma:set-lang', lang: 'fr', view: 'plan' }],
  ['select-site of an unknown site', { type: 'minusma:select-site', site: 'timbuktu' }],
  ['select-site in capitals', { type: 'minusma:select-site', site: 'BER' }],
  ['select-site without a site', { type: 'minusma:select-site' }],
  ['select-site with undefined', { type: 'minusma:select-site', site: undefined }],
  ['select-site with a number', { type: 'minusma:select-site', site: 3 }],
  ['select-site with an extra field', { type: 'minusma:select-site', site: 'ber', zoom: 9 }],
  [
    'select-site with markup',
    { type: 'minusma:select-site', site: '<img src=x onerror=alert(1)>' },
  ],
  ['select-site with a huge string', { type: 'minusma:select-site', site: huge }],
  ['select-site with a prototype key', { type: 'minusma:select-site', site: '__proto__' }],
  [
    'a class instance',
    new (class Command {
      type = 'minusma:play';
    })(),
  ],
  ['a Map', new Map([['type', 'minusma:play']])],
  ['one of our own outgoing messages', { type: 'minusma:ready' }],
  ['an AMP size message', { sentinel: 'amp', type: 'embed-size', height: 100 }],
];

describe('parseCommand: anything else is ignored', () => {
  it.each(MALFORMED)('%s → null', (_name, data) => {
    expect(parseCommand(data)).toBeNull();
  });
});

describe('messages to the host', () => {
  it('says it is ready', () => {
    expect(readyMessage()).toEqual({ type: 'minusma:ready' });
  });

  it('gives the height in whole pixels, in its own form and in AMP’s', () => {
    expect(heightMessages(812.2)).toEqual([
      { type: 'minusma:height', height: 813 },
      { sentinel: 'amp', type: 'embed-size', height: 813 },
    ]);
  });

  it('gives the state with exactly its five fields', () => {
    const state = {
      date: '2023-08-12' as IsoDate,
      playing: false,
      lang: 'fr' as const,
      site: null,
      view: 'reported' as const,
    };
    expect(stateMessage(state)).toEqual({ type: 'minusma:state', ...state });
  });
});

describe('WordPress: its secret and its height message', () => {
  it('reads the secret WordPress writes into the frame’s address', () => {
    expect(wordpressSecret('#?secret=Ab3dE9xYz1')).toBe('Ab3dE9xYz1');
    expect(wordpressSecret('#secret=Ab3dE9xYz1')).toBe('Ab3dE9xYz1');
    expect(wordpressSecret('#?secret=Ab3dE9xYz1&other=1')).toBe('Ab3dE9xYz1');
  });

  it('has no secret without one, or with anything but a short alphanumeric one', () => {
    expect(wordpressSecret('')).toBeNull();
    expect(wordpressSecret('#timeline')).toBeNull();
    expect(wordpressSecret('#?secret=')).toBeNull();
    expect(wordpressSecret('#?secret=<script>')).toBeNull();
    expect(wordpressSecret('#?secret=ab%22cd')).toBeNull();
    expect(wordpressSecret(`#?secret=${'a'.repeat(65)}`)).toBeNull();
  });

  it('adds WordPress’s height message, with the secret, only when there is one', () => {
    expect(heightMessages(812.2, 'Ab3dE9xYz1')).toEqual([
      { type: 'minusma:height', height: 813 },
      { sentinel: 'amp', type: 'embed-size', height: 813 },
      { message: 'height', value: 813, secret: 'Ab3dE9xYz1' },
    ]);
    expect(heightMessages(812.2, null)).toHaveLength(2);
  });
});
