/**
 * The evidence rule, on the compiled data and on broken copies of it: a claim shown
 * with a part no citation supports is refused, and so is one whose first citation
 * (shown first in presentation, on the card and in the downloads) does not support
 * its whole headline. The press-only parts are those only press sources support.
 */
import { describe, expect, it } from 'vitest';
import { claimProblems, claimsOf, handoverShapeProblems, pressOnlyParts } from './claims.ts';
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

describe('the shape of a handover record', () => {
  const facts = () => loadCompiledDataset().reported.sites;
  const shape = (fact: ReportedSite) => handoverShapeProblems(fact.handover, `site ${fact.site}`);
  /** Each edit, made to a fresh copy of `site`'s compiled record, is refused with `message` alone. */
  const expectEachEdit = (
    site: SiteId,
    message: string,
    edits: ((fact: ReportedSite) => void)[],
  ) => {
    for (const edit of edits) {
      const fact = factOf(facts(), site);
      edit(fact);
      expect(shape(fact)).toEqual([message]);
    }
  };

  it('finds the compiled handovers well formed: done, absent, and Tessalit’s contested', () => {
    expect(facts().flatMap(shape)).toEqual([]);
  });

  it('keeps accounts for a contested handover: Ber’s, done, may not carry one', () => {
    const all = facts();
    const ber = factOf(all, 'ber');
    const account = factOf(all, 'tessalit').handover.accounts[0];
    if (!account) throw new Error('Tessalit has accounts');
    ber.handover.accounts = [account];
    expect(shape(ber)).toEqual(['site ber: handover: accounts are for a contested handover']);
  });

  it('gives a site left without a handover (Kidal) no handover day, recipient or formality', () => {
    expectEachEdit(
      'kidal',
      'site kidal: handover: a site left without a handover has no handover day, recipient or formality',
      [
        (dated) => {
          dated.handover.date = dated.left.date;
        },
        (given) => {
          given.handover.recipient = 'army';
        },
        (formal) => {
          formal.handover.formality = 'formal';
        },
      ],
    );
  });

  it('lets a handover that was done keep its day, recipient and formality (Ansongo, to the prefect)', () => {
    const ansongo = factOf(facts(), 'ansongo');
    expect(ansongo.handover).toMatchObject({ date: '2023-11-18', recipient: 'prefect' });
    expect(shape(ansongo)).toEqual([]);
  });

  it('wants two accounts that disagree for a contested handover (Tessalit)', () => {
    expectEachEdit(
      'tessalit',
      'site tessalit: handover: a contested handover needs two accounts that disagree',
      [
        (alone) => {
          alone.handover.accounts = alone.handover.accounts.slice(0, 1);
        },
        (agreeing) => {
          for (const account of agreeing.handover.accounts) account.says = 'handed-over';
          expect(agreeing.handover.accounts).toHaveLength(2);
        },
      ],
    );
  });

  it('keeps a contested handover’s evidence, day and recipient in its accounts', () => {
    expectEachEdit(
      'tessalit',
      'site tessalit: handover: a contested handover keeps its evidence in its accounts',
      [
        (cited) => {
          const citation = cited.handover.accounts[0]?.citations[0];
          if (!citation) throw new Error('Tessalit’s first account is cited');
          cited.handover.citations = [citation];
        },
        (dated) => {
          dated.handover.date = dated.left.date;
        },
        (given) => {
          given.handover.recipient = 'army';
        },
      ],
    );
  });
});

describe('the accounts of a contested handover', () => {
  it('wants each account of a contested handover to support the handover it tells (Tessalit, VOA and RFI)', () => {
    const fact = factOf(loadCompiledDataset().reported.sites, 'tessalit');
    without(fact.handover.accounts[1]?.citations ?? [], 'handover');
    expect(problemsOf(fact)).toEqual([
      'site tessalit: handover.accounts[1]: no citation supports its handover',
      'site tessalit: handover.accounts[1]: its first citation (shown first everywhere) must support the whole headline; it does not support its handover',
    ]);
  });
});

describe('each day claim, by its name', () => {
  const headline = (where: string) =>
    `${where}: its first citation (shown first everywhere) must support the whole headline; it does not support its day`;

  it('names the withdrawal’s start (Tessalit), the liquidation’s (Gao) and the day left (Ber) when their day is unsupported', () => {
    const all = loadCompiledDataset().reported.sites;
    const tessalit = factOf(all, 'tessalit');
    without(tessalit.withdrawalStart?.citations ?? [], 'day');
    const gao = factOf(all, 'gao');
    without(gao.liquidationFrom?.citations ?? [], 'day');
    const ber = factOf(all, 'ber');
    without(ber.left.citations, 'day');
    expect([tessalit, gao, ber].flatMap(problemsOf)).toEqual([
      'site tessalit: withdrawalStart: no citation supports its day',
      headline('site tessalit: withdrawalStart'),
      'site gao: liquidationFrom: no citation supports its day',
      headline('site gao: liquidationFrom'),
      'site ber: left: no citation supports its day',
      headline('site ber: left'),
    ]);
  });
});

describe('the parts a claim shows', () => {
  it('lists every part no citation supports, and every part of the headline its first citation misses', () => {
    const fact = factOf(loadCompiledDataset().reported.sites, 'ogossagou');
    without(fact.handover.citations, 'recipient');
    without(fact.handover.citations, 'day');
    expect(problemsOf(fact)).toEqual([
      'site ogossagou: handover: no citation supports its recipient, day',
      'site ogossagou: handover: its first citation (shown first everywhere) must support the whole headline; it does not support its recipient',
    ]);
    const first = factOf(loadCompiledDataset().reported.sites, 'ogossagou');
    const letter = first.handover.citations[0];
    if (!letter) throw new Error('Ogossagou’s handover is cited');
    letter.supports = ['day'];
    expect(problemsOf(first)).toEqual([
      'site ogossagou: handover: its first citation (shown first everywhere) must support the whole headline; it does not support its handover, recipient',
    ]);
  });

  it('shows a takeover’s day only where it has one (Tessalit’s, taken over by the army)', () => {
    const undated = factOf(loadCompiledDataset().reported.sites, 'tessalit');
    if (!undated.takeover) throw new Error('Tessalit was taken over, as reported');
    without(undated.takeover.citations, 'day');
    expect(problemsOf(undated)).toEqual(['site tessalit: takeover: no citation supports its day']);
    undated.takeover.date = null;
    expect(problemsOf(undated)).toEqual([]);
  });

  it('shows an undated takeover’s actor (Kidal’s, undated in a copy)', () => {
    const kidal = factOf(loadCompiledDataset().reported.sites, 'kidal');
    if (!kidal.takeover) throw new Error('Kidal was taken over, as reported');
    kidal.takeover.date = null;
    without(kidal.takeover.citations, 'actor');
    expect(problemsOf(kidal)).toEqual([
      'site kidal: takeover: no citation supports its actor',
      'site kidal: takeover: its first citation (shown first everywhere) must support the whole headline; it does not support its actor',
    ]);
  });

  it('counts no part that no citation supports as the press’s alone', () => {
    const { reported } = loadCompiledDataset();
    const kindOf = (id: string) => reported.sources.find((source) => source.id === id)?.kind;
    const goundam = factOf(reported.sites, 'goundam');
    without(goundam.handover.citations, 'day');
    const handover = claimsOf(goundam).find((claim) => claim.name === 'handover');
    if (!handover) throw new Error('Goundam has a handover claim');
    expect(pressOnlyParts(handover, kindOf)).toEqual([]);
  });
});
