/**
 * The messages the room's window and the presenter view exchange: the deck's state
 * (day, story, blanked) and the presenter's hello, read field by field like the
 * embed's messages. Pure, so that it is tested without a browser.
 */
import { parseIsoDate } from '../domain/dates.ts';
import type { IsoDate, Story } from '../domain/types.ts';
import { STORIES } from '../domain/vocabularies.ts';

export interface DeckState {
  day: IsoDate;
  view: Story;
  blanked: boolean;
}

export type DeckMessage =
  | { type: 'minusma:deck'; state: DeckState }
  | { type: 'minusma:deck-hello' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The message in `data`, or null for anything else (never throws). */
export function readDeckMessage(data: unknown): DeckMessage | null {
  if (!isRecord(data)) return null;
  if (data.type === 'minusma:deck-hello') return { type: 'minusma:deck-hello' };
  if (data.type !== 'minusma:deck' || !isRecord(data.state)) return null;
  const { day, view, blanked } = data.state;
  const parsedDay = typeof day === 'string' ? parseIsoDate(day) : null;
  if (!parsedDay || typeof blanked !== 'boolean') return null;
  if (!STORIES.some((known) => known === view)) return null;
  return { type: 'minusma:deck', state: { day: parsedDay, view: view as Story, blanked } };
}
