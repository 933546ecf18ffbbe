/**
 * The lines a site's card states as it happened, one per claim, in the reader's
 * language: the withdrawal's start, the day left, the handover (its day, recipient
 * and formality, or none, or contested), who took the site over.
 */
import type { HandoverClaim, Lang, ReportedSite } from '../domain/types.ts';
import { formatDay, t } from '../i18n/index.ts';

/** The handover's line: its day and recipient (formal or provisional), none, or contested. */
export function handoverLine(lang: Lang, handover: HandoverClaim): string {
  if (handover.kind === 'no-handover') return t(lang, 'card.noHandover');
  if (handover.kind === 'contested') return t(lang, 'card.contested');
  const recipient = handover.recipient ? t(lang, `recipient.${handover.recipient}`) : null;
  const day = handover.date ? formatDay(lang, handover.date) : t(lang, 'card.noDay');
  const line = recipient
    ? t(lang, 'card.handedOverOn', { date: day, recipient })
    : t(lang, 'card.handedOverNoRecipient', { date: day });
  return handover.formality ? `${line} (${t(lang, `card.${handover.formality}`)})` : line;
}

/** Who took the site over and when, or null where no source says. */
export function takeoverLine(lang: Lang, fact: ReportedSite): string | null {
  if (!fact.takeover) return null;
  return t(lang, 'card.takeoverBy', {
    actor: t(lang, `actor.${fact.takeover.actor}`),
    date: formatDay(lang, fact.takeover.date ?? fact.left.date),
  });
}

/** Every line of a site's reported claims, keyed by claim, as the card states them. */
export function claimLines(lang: Lang, fact: ReportedSite) {
  return {
    start: fact.withdrawalStart ? formatDay(lang, fact.withdrawalStart.date) : null,
    left: formatDay(lang, fact.left.date),
    handover: handoverLine(lang, fact.handover),
    takeover: takeoverLine(lang, fact),
  };
}
