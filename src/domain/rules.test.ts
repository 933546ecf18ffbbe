import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from './compiledDataset.testing.ts';
import { datasetProblems, type ProblemFiles } from './rules.ts';
import type { Dataset, IsoDate, WindowId } from './types.ts';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
type Editable = Mutable<Dataset>;
const files = { sites: 's', timeline: 't', reported: 'r' };

/** The compiled dataset with one edit, and the problems the rules find in it. */
function problemsAfter(edit: (dataset: Editable) => void, names: ProblemFiles = files): string[] {
  const dataset = structuredClone(loadCompiledDataset()) as Editable;
  edit(dataset);
  return datasetProblems(dataset as Dataset, names);
}

function site(dataset: Editable, id: string): Editable['sites'][number] {
  const found = dataset.sites.find((s) => s.id === id);
  if (!found) throw new Error(`no site ${id} in the compiled data`);
  return found;
}

describe('the rules across records', () => {
  it('find nothing wrong in the compiled data', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('put a site outside Mali’s box, not one on its edge', () => {
    expect(
      problemsAfter((d) => {
        site(d, 'ber').coordinates = [16.3, -3.4];
      }),
    ).toEqual([
      's: site ber: coordinates 16.3, -3.4 are outside Mali (lon -12.3…4.3, lat 10.1…25.1); is the order [longitude, latitude]?',
    ]);
    expect(
      problemsAfter((d) => {
        site(d, 'ber').coordinates = [-12.3, 25.1];
        site(d, 'gao').coordinates = [4.3, 10.1];
      }),
    ).toEqual([]);
  });

  it('count the camps as the letter does', () => {
    expect(
      problemsAfter((d) => {
        site(d, 'ber').kind = 'headquarters';
      }),
    ).toEqual([
      expect.stringMatching(/^s: the letter counts 11 camps, the data has 10 \(camp: /),
      's: the letter counts 1 headquarters, the data has 2 (headquarters: ber, bamako)',
    ]);
  });

  it('want the range in order and each window’s start before its end', () => {
    expect(
      problemsAfter((d) => {
        d.timeline.range = { start: '2024-01-31' as IsoDate, end: '2024-01-31' as IsoDate };
      }),
    ).toContain('t: range.start (2024-01-31) must be before range.end (2024-01-31)');
    expect(
      problemsAfter((d) => {
        const [phaseOne] = d.timeline.windows;
        if (phaseOne) phaseOne.end = '2023-07-14' as IsoDate;
      }),
    ).toContain('t: window phase-1: start 2023-07-15 is after end 2023-07-14');
  });

  it('want events and flows named once, events ending after they start, flows going somewhere', () => {
    const problems = problemsAfter((d) => {
      const [first, second] = d.timeline.events;
      const [flow] = d.timeline.flows;
      if (!first || !second || !flow) throw new Error('the compiled data has events and flows');
      second.id = first.id;
      first.endDate = '2000-01-01' as IsoDate;
      flow.to = flow.from;
    });
    expect(problems).toContainEqual(expect.stringMatching(/^t: duplicate event id /));
    expect(problems).toContainEqual(
      expect.stringMatching(/: ends \(2000-01-01\) before it starts/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^t: flow .*: goes from (\w+) to itself$/),
    );
  });
});

function windowOf(dataset: Editable, id: string): Editable['timeline']['windows'][number] {
  const found = dataset.timeline.windows.find((w) => w.id === id);
  if (!found) throw new Error(`no window ${id} in the compiled data`);
  return found;
}

function eventOf(dataset: Editable, id: string): Editable['timeline']['events'][number] {
  const found = dataset.timeline.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id} in the compiled data`);
  return found;
}

function flowOf(dataset: Editable, id: string): Editable['timeline']['flows'][number] {
  const found = dataset.timeline.flows.find((f) => f.id === id);
  if (!found) throw new Error(`no flow ${id} in the compiled data`);
  return found;
}

function reportedOf(dataset: Editable, id: string): Editable['reported']['sites'][number] {
  const found = dataset.reported.sites.find((f) => f.site === id);
  if (!found) throw new Error(`no reported departure of ${id} in the compiled data`);
  return found;
}

/** One more citation of `source` beside the first of `list`, so no source loses its last citation. */
function citeAlso(list: object[], source: string) {
  const first = list.find((c) => 'source' in c);
  if (!first) throw new Error('a reported record has at least one citation');
  list.push({ ...first, source });
}

const day = (text: string) => text as IsoDate;
/** Ids the vocabularies do not have, as a typo in the data would write them. */
const typo = <T extends string>(text: string) => text as T;
const RANGE = '2023-06-16 – 2024-12-31';
const LETTERS = 'S-2023-611, mali-2023-06-21, sg-2020-06-01, sg-2013-02-25';

/** One edit of the compiled data, and every problem the rules must find in it (none: accepted). */
type OneEdit = [rule: string, edit: (dataset: Editable) => void, problems: string[]];

/** An edit of one site's record. */
const siteEdit =
  (id: string, change: (site: Editable['sites'][number]) => void) =>
  (d: Editable): void =>
    change(site(d, id));
const berHandoverOutside = (date: string) =>
  `s: site ber: handover ${date} is outside its window phase-1 (2023-07-15 – 2023-08-31)`;
const GOUNDAM_CLOSES =
  's: site goundam: a site that closes cannot also be drawn down or liquidated';

const SITE_EDITS: OneEdit[] = [
  [
    'want a site’s closure window in the timeline',
    siteEdit('goundam', (s) => {
      s.closureWindow = typo<WindowId>('phase-9');
    }),
    [
      's: site goundam: closure window phase-9 is not in the timeline',
      't: window phase-1: closes goundam, but site goundam has closureWindow phase-9',
    ],
  ],
  [
    'want the window to list the site it closes',
    (d) => {
      const phaseOne = windowOf(d, 'phase-1');
      phaseOne.closes = phaseOne.closes.filter((id) => id !== 'goundam');
    },
    [
      's: site goundam: closes in phase-1, but that window\'s "closes" does not list it',
      't: flow goundam-tombouctou: goundam does not close in phase-1',
    ],
  ],
  [
    'want a window to list only the sites that close in it',
    (d) => {
      windowOf(d, 'seq-a').closes.push('ansongo');
    },
    ['t: window seq-a: closes ansongo, but site ansongo has closureWindow seq-c'],
  ],
  ...['2023-07-15', '2023-08-31'].map(
    (date): OneEdit => [
      `count a handover on its window’s edge (${date}) in`,
      siteEdit('ber', (s) => {
        s.handoverDate = day(date);
      }),
      [],
    ],
  ),
  ...['2023-07-14', '2023-09-01'].map(
    (date): OneEdit => [
      `count a handover the day beyond its window (${date}) out`,
      siteEdit('ber', (s) => {
        s.handoverDate = day(date);
      }),
      [berHandoverOutside(date)],
    ],
  ),
  [
    'want a closure window for a handover: Timbuktu has none in the letter',
    siteEdit('tombouctou', (s) => {
      s.handoverDate = day('2023-12-28');
    }),
    ['s: site tombouctou: a handover date needs a closure window'],
  ],
  [
    'want a site’s hubs among its window’s hubs',
    siteEdit('ber', (s) => {
      s.hubs = ['bamako'];
    }),
    ["s: site ber: hub bamako is not one of phase-1's hubs (tombouctou, gao, mopti)"],
  ],
  [
    'accept a drawdown the day before the liquidation',
    siteEdit('gao', (s) => {
      s.drawdownFrom = day('2023-12-31');
    }),
    [],
  ],
  [
    'want a drawdown to begin before the liquidation, not on its day',
    siteEdit('gao', (s) => {
      s.drawdownFrom = day('2024-01-01');
    }),
    ['s: site gao: drawdown (2024-01-01) must come before liquidation (2024-01-01)'],
  ],
  [
    'refuse a drawdown to a site that closes in a window',
    siteEdit('goundam', (s) => {
      s.drawdownFrom = day('2023-12-15');
    }),
    [GOUNDAM_CLOSES],
  ],
  [
    'refuse a liquidation to a site that closes in a window',
    siteEdit('goundam', (s) => {
      s.liquidationFrom = day('2024-01-01');
    }),
    [GOUNDAM_CLOSES],
  ],
];

describe('the rules on sites', () => {
  it('name the ids given twice and the sites missing', () => {
    expect(
      problemsAfter((d) => {
        site(d, 'goundam').id = 'ber';
        site(d, 'aguelhok').id = 'tessalit';
      }),
    ).toEqual(['s: duplicate site id ber, tessalit', 's: missing site goundam, aguelhok']);
  });

  it.each([
    ['west', -12.4, 14],
    ['east', 4.4, 14],
    ['south', -3, 10],
    ['north', -3, 25.2],
  ])('put a site just %s of Mali’s box outside Mali', (_side, lon, lat) => {
    expect(
      problemsAfter((d) => {
        site(d, 'ber').coordinates = [lon, lat];
      }),
    ).toEqual([
      `s: site ber: coordinates ${lon}, ${lat} are outside Mali (lon -12.3…4.3, lat 10.1…25.1); is the order [longitude, latitude]?`,
    ]);
  });

  it.each(SITE_EDITS)('%s', (_, edit, problems) => {
    expect(problemsAfter(edit)).toEqual(problems);
  });
});

/** An edit that dates the customs-restrictions event. */
const dateCustoms =
  (date: string, endDate: string | null) =>
  (d: Editable): void => {
    const event = eventOf(d, 'customs-restrictions');
    event.date = day(date);
    event.endDate = endDate === null ? null : day(endDate);
  };
const outsideRange = (dates: string) =>
  `t: event customs-restrictions (${dates}) is outside the timeline ${RANGE}; mark it context or move the range`;
const CONTEXT_TOGETHER =
  't: event customs-restrictions: kind "context" and context: true go together';

const TIMELINE_EDITS: OneEdit[] = [
  [
    'want the windows in the letter’s order',
    (d) => {
      const [phaseOne, seqA, seqB, ...rest] = d.timeline.windows;
      if (!phaseOne || !seqA || !seqB) throw new Error('the compiled data has the windows');
      d.timeline.windows = [phaseOne, seqB, seqA, ...rest];
    },
    [
      't: windows must be phase-1, seq-a, seq-b, seq-c, liquidation in this order (found phase-1, seq-b, seq-a, seq-c, liquidation)',
      't: window seq-a: starts 2023-09-01, before seq-b ends (2023-12-15)',
    ],
  ],
  [
    'want each window to start no earlier than the last day of the one before',
    (d) => {
      windowOf(d, 'seq-b').start = day('2023-11-29');
    },
    ['t: window seq-b: starts 2023-11-29, before seq-a ends (2023-11-30)'],
  ],
  [
    'accept a window of a single day',
    (d) => {
      windowOf(d, 'seq-b').start = day('2023-12-15');
    },
    [],
  ],
  [
    'count a story event on the range’s first and last days in',
    dateCustoms('2023-06-16', '2024-12-31'),
    [],
  ],
  [
    'want a story event inside the range: the day before it is out',
    dateCustoms('2023-06-15', null),
    [outsideRange('2023-06-15')],
  ],
  [
    'want a story event inside the range: ending the day after it is out',
    dateCustoms('2024-12-31', '2025-01-01'),
    [outsideRange('2024-12-31 – 2025-01-01')],
  ],
  [
    'want context: true with kind "context"',
    (d) => {
      eventOf(d, 'customs-restrictions').context = true;
    },
    [CONTEXT_TOGETHER],
  ],
  [
    'want kind "context" with context: true',
    (d) => {
      eventOf(d, 'customs-restrictions').kind = 'context';
    },
    [CONTEXT_TOGETHER],
  ],
  [
    'accept an event ending the day it starts',
    (d) => {
      eventOf(d, 'customs-restrictions').endDate = day('2023-06-27');
    },
    [],
  ],
  [
    'want flow ids once',
    (d) => {
      flowOf(d, 'goundam-tombouctou').id = 'ber-tombouctou';
    },
    ['t: duplicate flow id ber-tombouctou'],
  ],
  [
    'want each flow to a hub of its window',
    (d) => {
      flowOf(d, 'ber-tombouctou').to = 'bamako';
    },
    ["t: flow ber-tombouctou: bamako is not one of phase-1's hubs (tombouctou, gao, mopti)"],
  ],
];

describe('the rules on the timeline', () => {
  it.each(TIMELINE_EDITS)('%s', (_, edit, problems) => {
    expect(problemsAfter(edit)).toEqual(problems);
  });
});

describe('the rules on citations of the letters', () => {
  it('name the letters given twice, in the letters’ file when there is one', () => {
    const twice = (d: Editable) => {
      const [first, second] = d.timeline.letters;
      if (!first || !second) throw new Error('the compiled data has letters');
      d.timeline.letters.push({ ...first }, { ...second });
    };
    expect(problemsAfter(twice)).toEqual(['t: duplicate letter id S-2023-611, mali-2023-06-21']);
    expect(problemsAfter(twice, { ...files, letters: 'l' })).toEqual([
      'l: duplicate letter id S-2023-611, mali-2023-06-21',
    ]);
  });

  it('want a symbol for a letter that links to the UN’s copy', () => {
    expect(
      problemsAfter((d) => {
        const letter = d.timeline.letters.find((l) => l.id === 'sg-2020-06-01');
        if (!letter) throw new Error('no letter sg-2020-06-01');
        letter.url = { fr: 'https://undocs.org/fr/', en: 'https://undocs.org/en/' };
      }),
    ).toEqual(['t: letter sg-2020-06-01: a link needs a symbol (url must be null)']);
  });

  it('name every record that cites a letter not in the list, wherever it is', () => {
    const miscite = (list: readonly object[] | undefined) => {
      const citation = list?.find((c): c is { letter: string } => 'letter' in c);
      if (!citation) throw new Error('a record without a letter citation');
      citation.letter = 'S-2023-911';
    };
    expect(
      problemsAfter((d) => {
        miscite(site(d, 'ber').citations);
        miscite(windowOf(d, 'seq-a').citations);
        miscite(eventOf(d, 'customs-restrictions').citations);
        miscite(flowOf(d, 'kidal-gao').citations);
      }),
    ).toEqual([
      `s: site ber: cites unknown letter "S-2023-911" (known: ${LETTERS})`,
      `t: window seq-a: cites unknown letter "S-2023-911" (known: ${LETTERS})`,
      `t: event customs-restrictions: cites unknown letter "S-2023-911" (known: ${LETTERS})`,
      `t: flow kidal-gao: cites unknown letter "S-2023-911" (known: ${LETTERS})`,
    ]);
  });

  it('want the plan’s letter among the letters', () => {
    expect(
      problemsAfter((d) => {
        d.timeline.planLetter = 'S-2023-612';
      }),
    ).toEqual(['t: planLetter "S-2023-612" is not a known letter']);
  });
});

describe('the rules on what the sources reported', () => {
  it('name the sources given twice and the sources never cited', () => {
    expect(
      problemsAfter((d) => {
        const [first, second] = d.reported.sources;
        if (!first || !second) throw new Error('the compiled data has sources');
        d.reported.sources.push({ ...first }, { ...second }, { ...first });
      }),
    ).toEqual([
      'r: duplicate source id sputnik-2023-08-05-ogossagou, urdupoint-2023-08-05-ogossagou',
    ]);
    expect(
      problemsAfter((d) => {
        const [first] = d.reported.sources;
        if (!first) throw new Error('the compiled data has sources');
        d.reported.sources.push({ ...first, id: 'unused-report' });
      }),
    ).toEqual(['r: source unused-report is never cited; remove it or cite it']);
  });

  it('name every record that cites a source not in the list, wherever it is', () => {
    expect(
      problemsAfter((d) => {
        citeAlso(reportedOf(d, 'ber').left.citations, 'nowhere');
        citeAlso(reportedOf(d, 'ber').handover.citations, 'nowhere');
        citeAlso(reportedOf(d, 'tessalit').handover.accounts[1]?.citations ?? [], 'nowhere');
        citeAlso(reportedOf(d, 'kidal').takeover?.citations ?? [], 'nowhere');
        citeAlso(reportedOf(d, 'tessalit').withdrawalStart?.citations ?? [], 'nowhere');
        citeAlso(reportedOf(d, 'gao').liquidationFrom?.citations ?? [], 'nowhere');
        citeAlso(reportedOf(d, 'mopti').otherVersions[0]?.citations ?? [], 'nowhere');
        const [event] = d.reported.events;
        if (!event) throw new Error('the compiled data has reported events');
        citeAlso(event.citations, 'nowhere');
      }),
    ).toEqual([
      'r: site ber: left: cites unknown source "nowhere"',
      'r: site ber: handover: cites unknown source "nowhere"',
      'r: site tessalit: handover.accounts[1]: cites unknown source "nowhere"',
      'r: site tessalit: withdrawalStart: cites unknown source "nowhere"',
      'r: site kidal: takeover: cites unknown source "nowhere"',
      'r: site mopti: otherVersions[0]: cites unknown source "nowhere"',
      'r: site gao: liquidationFrom: cites unknown source "nowhere"',
      'r: event handover-ogossagou: cites unknown source "nowhere"',
    ]);
  });

  it('want one departure for each of the 13 sites', () => {
    expect(
      problemsAfter((d) => {
        reportedOf(d, 'tombouctou').site = 'ber';
        reportedOf(d, 'gao').site = 'bamako';
      }),
    ).toEqual(['r: no reported departure for gao, tombouctou', 'r: site ber, bamako listed twice']);
  });

  it('want reported days inside the range, its first and last days counted in', () => {
    const left = (date: string) =>
      problemsAfter((d) => {
        reportedOf(d, 'bamako').left.date = day(date);
      });
    expect(left('2024-12-31')).toEqual([]);
    expect(left('2025-01-01')).toEqual([
      `r: site bamako: left: 2025-01-01 is outside the timeline ${RANGE}`,
    ]);
    expect(
      problemsAfter((d) => {
        const tessalit = reportedOf(d, 'tessalit').withdrawalStart;
        if (tessalit) tessalit.date = day('2023-06-15');
        const [event] = d.reported.events;
        if (event) event.date = day('2023-06-16');
      }),
    ).toEqual([`r: site tessalit: withdrawalStart: 2023-06-15 is outside the timeline ${RANGE}`]);
    expect(
      problemsAfter((d) => {
        const [event] = d.reported.events;
        if (event) event.date = day('2023-06-15');
      }),
    ).toEqual([`r: event handover-ogossagou: 2023-06-15 is outside the timeline ${RANGE}`]);
  });

  it('want a handover’s and a takeover’s day inside the range too', () => {
    expect(
      problemsAfter((d) => {
        reportedOf(d, 'bamako').handover.date = day('2025-01-01');
        const kidal = reportedOf(d, 'kidal').takeover;
        if (kidal) kidal.date = day('2023-06-15');
      }),
    ).toEqual([
      `r: site kidal: takeover: 2023-06-15 is outside the timeline ${RANGE}`,
      `r: site bamako: handover: 2025-01-01 is outside the timeline ${RANGE}`,
    ]);
  });

  it('want a withdrawal’s start and a liquidation to come at least a day before the site was left', () => {
    expect(
      problemsAfter((d) => {
        const tessalit = reportedOf(d, 'tessalit').withdrawalStart;
        if (tessalit) tessalit.date = day('2023-10-20');
      }),
    ).toEqual([]);
    expect(
      problemsAfter((d) => {
        const tessalit = reportedOf(d, 'tessalit').withdrawalStart;
        if (tessalit) tessalit.date = day('2023-10-21');
        const gao = reportedOf(d, 'gao').liquidationFrom;
        if (gao) gao.date = day('2024-07-22');
      }),
    ).toEqual([
      'r: site tessalit: withdrawalStart (2023-10-21) must come before the day it was left (2023-10-21)',
      'r: site gao: liquidationFrom (2024-07-22) must come before the day it was left (2024-07-22)',
    ]);
  });

  it('refuse a reported event the id of a letter’s event or of another reported event', () => {
    expect(
      problemsAfter((d) => {
        const [first, second, third] = d.reported.events;
        if (!first || !second || !third) throw new Error('the compiled data has reported events');
        first.id = 'ber-handover';
        third.id = second.id;
      }),
    ).toEqual([
      'r: event ber-handover: id already used by another event',
      'r: event left-ogossagou: id already used by another event',
    ]);
  });
});
