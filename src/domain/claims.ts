/**
 * A site's reported facts as claims: the withdrawal's start, the day its last personnel
 * left, the handover (or its absence, or the accounts that contest it), who took it
 * over. Each claim names the parts it shows and the parts its headline states (the
 * event's title, the card's line); each citation names the parts it supports. The
 * build refuses a claim shown with a part no citation supports, or whose first
 * citation (the one shown in presentation, on the card's face and in the downloads)
 * does not support its whole headline.
 */
import type { ClaimCitation, ClaimPart, HandoverClaim, ReportedSite, ReportKind } from './types.ts';

/** One claim of a site: what it shows, what its headline states, and its citations. */
export interface Claim {
  /** Where it sits in the record, for messages (`handover`, `handover.accounts[1]`). */
  name: string;
  /** Every part the claim shows on screen. */
  shows: readonly ClaimPart[];
  /** The parts its headline states: the first citation must support them all. */
  headline: readonly ClaimPart[];
  citations: readonly ClaimCitation[];
}

/** The parts a handover claim shows, and those its headline ("X: handed over to the governor") states. */
function handoverParts(handover: HandoverClaim): { shows: ClaimPart[]; headline: ClaimPart[] } {
  const headline: ClaimPart[] = ['handover'];
  if (handover.recipient) headline.push('recipient');
  return { headline, shows: handover.date ? [...headline, 'day'] : headline };
}

/** Every claim a site's record shows, with the parts each shows and states. */
export function claimsOf(fact: ReportedSite): Claim[] {
  const claims: Claim[] = [];
  const day = (name: string, citations: readonly ClaimCitation[]) =>
    claims.push({ name, shows: ['day'], headline: ['day'], citations });
  if (fact.withdrawalStart) day('withdrawalStart', fact.withdrawalStart.citations);
  if (fact.liquidationFrom) day('liquidationFrom', fact.liquidationFrom.citations);
  day('left', fact.left.citations);
  const { handover, takeover } = fact;
  if (handover.kind === 'contested')
    handover.accounts.forEach((account, i) => {
      claims.push({
        name: `handover.accounts[${i}]`,
        shows: ['handover'],
        headline: ['handover'],
        citations: account.citations,
      });
    });
  else claims.push({ name: 'handover', ...handoverParts(handover), citations: handover.citations });
  if (takeover)
    claims.push({
      name: 'takeover',
      shows: takeover.date ? ['actor', 'day'] : ['actor'],
      headline: ['actor'],
      citations: takeover.citations,
    });
  return claims;
}

/** What is wrong with one claim's evidence, as messages starting with `where`; empty when none. */
export function claimProblems(claim: Claim, where: string): string[] {
  const at = `${where}: ${claim.name}`;
  const [first] = claim.citations;
  if (!first)
    return [`${at}: needs at least one citation: nothing is shown that no quote supports`];
  const problems: string[] = [];
  const supported = new Set(claim.citations.flatMap((citation) => citation.supports));
  const unsupported = claim.shows.filter((part) => !supported.has(part));
  if (unsupported.length)
    problems.push(`${at}: no citation supports its ${unsupported.join(', ')}`);
  const headlineGap = claim.headline.filter((part) => !first.supports.includes(part));
  if (headlineGap.length)
    problems.push(
      `${at}: its first citation (shown first everywhere) must support the whole headline; it does not support its ${headlineGap.join(', ')}`,
    );
  return problems;
}

/** The rules of a handover record a shape cannot say: accounts only when contested, two at least. */
export function handoverShapeProblems(handover: HandoverClaim, where: string): string[] {
  const at = `${where}: handover`;
  if (handover.kind !== 'contested') {
    const problems: string[] = [];
    if (handover.accounts.length) problems.push(`${at}: accounts are for a contested handover`);
    if (
      handover.kind === 'no-handover' &&
      (handover.date || handover.recipient || handover.formality)
    )
      problems.push(
        `${at}: a site left without a handover has no handover day, recipient or formality`,
      );
    return problems;
  }
  const says = new Set(handover.accounts.map((account) => account.says));
  const problems: string[] = [];
  if (handover.accounts.length < 2 || says.size < 2)
    problems.push(`${at}: a contested handover needs two accounts that disagree`);
  if (handover.citations.length || handover.date || handover.recipient)
    problems.push(`${at}: a contested handover keeps its evidence in its accounts`);
  return problems;
}

/**
 * The parts of a claim that only the press supports (the card says so): a part counts
 * when every citation supporting it is from a press source.
 */
export function pressOnlyParts(
  claim: Pick<Claim, 'shows' | 'citations'>,
  kindOf: (source: string) => ReportKind | undefined,
): ClaimPart[] {
  return claim.shows.filter((part) => {
    const behind = claim.citations.filter((citation) => citation.supports.includes(part));
    return behind.length > 0 && behind.every((citation) => kindOf(citation.source) === 'press');
  });
}
