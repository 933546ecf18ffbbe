/**
 * One reported claim on a site's card: its line (what it claims), what the sources
 * say of it, the caveats on its face (only the press gives a part; the day only
 * implied), then its sentences, the first of which supports the line above it.
 */
import type { ReactNode } from 'react';
import { pressOnlyParts } from '../domain/claims.ts';
import type { ClaimCitation, ClaimPart, Lang, Report } from '../domain/types.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { Quotes } from '../sources/Quotes.tsx';

interface ClaimBlockProps {
  /** Which claim (`left`, `handover`, `takeover`, `start`), for tests and styles. */
  claim: string;
  label: string;
  line: ReactNode;
  summary: string | null;
  /** The parts the claim shows, for the press-only caveat. */
  shows: readonly ClaimPart[];
  citations: readonly ClaimCitation[];
  reports: readonly Report[];
  lang: Lang;
  /** The word for the handover part when the claim is its absence. */
  noHandover?: boolean;
  children?: ReactNode;
}

/** "the day and the handover", in the reader's language. */
function partsText(lang: Lang, parts: readonly ClaimPart[], noHandover: boolean): string {
  const key = (part: ClaimPart): MessageKey =>
    part === 'handover' && noHandover ? 'part.noHandover' : `part.${part}`;
  return parts.map((part) => t(lang, key(part))).join(t(lang, 'part.and'));
}

export function ClaimBlock({
  claim,
  label,
  line,
  summary,
  shows,
  citations,
  reports,
  lang,
  noHandover = false,
  children,
}: ClaimBlockProps) {
  const kindOf = (id: string) => reports.find((report) => report.id === id)?.kind;
  const pressOnly = pressOnlyParts({ shows, citations }, kindOf);
  return (
    <div className="claim" data-claim={claim}>
      <p className="claim-line">
        <strong>{t(lang, 'card.labelled', { label })}</strong> {line}
      </p>
      {summary && <p className="reported-summary">{summary}</p>}
      {pressOnly.length > 0 && (
        <p className="reported-caveat" data-press-only={pressOnly.join(' ')}>
          {t(lang, 'card.pressOnlyParts', { parts: partsText(lang, pressOnly, noHandover) })}
        </p>
      )}
      {children}
      {citations.length > 0 && <Quotes citations={citations} />}
    </div>
  );
}
