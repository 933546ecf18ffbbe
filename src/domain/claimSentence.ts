/**
 * A quote cut for a slide: the one sentence that carries the event's claim (the one
 * naming the event's day or its sites), marked as cut where the passage goes on.
 * The whole passage stays in the presenter's notes and the site card.
 */
import type { TimelineEvent } from './types.ts';

/** Splits a passage into sentences: a full stop, ! or ? followed by a space and a capital or a quote mark. */
export function sentencesOf(passage: string): string[] {
  return passage
    .split(/(?<=[.!?…])\s+(?=[«“"A-ZÀ-ÖØ-Þ])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** How strongly a sentence carries the event: its day of the month named, and each of its sites. */
function weight(sentence: string, event: Pick<TimelineEvent, 'date' | 'sites'>): number {
  const text = plain(sentence);
  const dayOfMonth = String(Number(event.date.slice(8, 10)));
  const namesDay = new RegExp(`(^|\\D)${dayOfMonth}(er)?(\\D|$)`).test(text) ? 2 : 0;
  return namesDay + event.sites.filter((site) => text.includes(plain(site))).length;
}

/** The sentence of `passage` that carries the event's claim, with […] where the passage was cut. */
export function claimSentence(
  passage: string,
  event: Pick<TimelineEvent, 'date' | 'sites'>,
): { text: string; cut: boolean } {
  const sentences = sentencesOf(passage);
  if (sentences.length <= 1) return { text: passage, cut: false };
  let best = 0;
  sentences.forEach((sentence, index) => {
    if (weight(sentence, event) > weight(sentences[best] ?? '', event)) best = index;
  });
  const chosen = sentences[best] ?? passage;
  const before = best > 0 ? '[…] ' : '';
  const after = best < sentences.length - 1 ? ' […]' : '';
  return { text: `${before}${chosen}${after}`, cut: true };
}
