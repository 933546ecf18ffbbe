/**
 * The evidence rule, on the compiled data and on broken copies of it: a claim shown
 * with a part no citation supports is refused, and so is one whose first citation
 * (shown first in presentation, on the card and in the downloads) does not support
 * its whole headline. The press-only parts are those only press sources support.
 */
import { describe, expect, it } from 'vitest';
import { claimProblems, claimsOf, pressOnlyParts } from './claims.ts';
import { compiledJson, loadCompiledDataset } from './compiledDataset.testing.ts';
import { parseDataset } from './parseDataset.ts';
import type { ClaimCitation, ReportedSite, SiteId } from './types.ts';

const factOf = (sites: ReportedSite[], id: SiteId): ReportedSite => {
  const fact = sites.find((f) => f.site === id);
  if (!fact) throw new Error(`no reported facts for ${id}`);
  return fact;
};
const problemsOf = (fact: ReportedSite) =>
  claimsOf(fact).flatMap((claim) => claimProblems(claim, `site ${fact.site}`));
const without = (citations: ClaimCitation[], part: ClaimCitation['supports'][number]) => {
  for (const citation of citations)
    citation.supports = citation.supports.filter((supported) => supported !== part);
};

describe('the evidence behind each claim', () => {
  it('finds every claim of the compiled data supported, part by part, its headline by its first citation', () => {
    const { reported } = loadCompiledDataset();
    expect(reported.sites.flatMap(problemsOf)).toEqual([]);
  });

  it('refuses a handover shown with a recipient no citation supports', () => {
    const fact = factOf(loadCompiledDataset().reported.sites, 'ogossagou');
    without(fact.handover.citations, 'recipient');
    expect(problemsOf(fact)).toContain(
      'site ogossagou: handover: no citation supports its recipient',
    );
  });

  it('refuses a handover shown with a day no citation supports', () => {
    const fact = factOf(loadCompiledDataset().reported.sites, 'goundam');
    without(fact.handover.citations, 'day');
    expect(problemsOf(fact)).toEqual(['site goundam: handover: no citation supports its day']);
  });

  it('refuses a takeover whose actor no citation supports', () => {
    const fact = factOf(loadCompiledDataset().reported.sites, 'kidal');
    if (!fact.takeover) throw new Error('Kidal was taken over, as reported');
    without(fact.takeover.citations, 'actor');
    expect(problemsOf(fact)).toEqual([
      'site kidal: takeover: no citation supports its actor',
      'site kidal: takeover: its first citation (shown first everywhere) must support the whole headline; it does not support its actor',
    ]);
  });

  it('refuses a handover whose first citation supports its day but not the recipient of its headline', () => {
    const fact = factOf(loadCompiledDataset().reported.sites, 'ogossagou');
    // La Gazette du Sahel dates the handover but names the army, not the State.
    const gazette = fact.handover.citations.findIndex(
      (c) => c.source === 'lagazettedusahel-2023-08-ogossagou',
    );
    const [moved] = fact.handover.citations.splice(gazette, 1);
    if (!moved) throw new Error('Ogossagou cites La Gazette du Sahel');
    fact.handover.citations.unshift(moved);
    expect(problemsOf(fact)).toEqual([
      'site ogossagou: handover: its first citation (shown first everywhere) must support the whole headline; it does not support its recipient',
    ]);
  });

  it('refuses an account of a contested handover with no citation', () => {
    const fact = factOf(loadCompiledDataset().reported.sites, 'tessalit');
    const account = fact.handover.accounts[1];
    if (!account) throw new Error('Tessalit has two accounts');
    account.citations = [];
    expect(problemsOf(fact)).toEqual([
      'site tessalit: handover.accounts[1]: needs at least one citation: nothing is shown that no quote supports',
    ]);
  });

  it('makes the app refuse data with an unsupported claim, naming the file, the site and the part', () => {
    const json = compiledJson();
    const reported = json.reported as {
      sites: { site: string; handover: { citations: ClaimCitation[] } }[];
    };
    const ansongo = reported.sites.find((s) => s.site === 'ansongo');
    if (!ansongo) throw new Error('Ansongo is reported');
    without(ansongo.handover.citations, 'recipient');
    const parsed = parseDataset(json.sites, json.timeline, json.reported);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems).toContain(
        'reported.json: site ansongo: handover: no citation supports its recipient',
      );
  });
});

describe('what only the press supports', () => {
  const { reported } = loadCompiledDataset();
  const kindOf = (id: string) => reported.sources.find((source) => source.id === id)?.kind;
  const pressOnly = (id: SiteId, name: string) => {
    const claim = claimsOf(factOf(reported.sites, id)).find((c) => c.name === name);
    if (!claim) throw new Error(`${id} has no ${name} claim`);
    return pressOnlyParts(claim, kindOf);
  };

  it('says that only the press reports Kidal’s missing handover and its takeover by the CSP-PSD', () => {
    expect(pressOnly('kidal', 'handover')).toEqual(['handover']);
    expect(pressOnly('kidal', 'takeover')).toEqual(['actor', 'day']);
    // The day it was left is MINUSMA's own (its release of 31 October, republished).
    expect(pressOnly('kidal', 'left')).toEqual([]);
  });

  it('says that only the press (the Malian authorities) dates Goundam’s and Ber’s handovers', () => {
    expect(pressOnly('goundam', 'handover')).toEqual(['day']);
    expect(pressOnly('ber', 'handover')).toEqual(['day']);
    expect(pressOnly('ogossagou', 'handover')).toEqual([]);
  });
});
