import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../tempFolder.testing.ts';
import { compileDataset, DataError, toSitesCsv, withdrawalOutputs } from './withdrawal.ts';

type Record = { [key: string]: unknown };

/** A copy of data/ in a temporary folder, with `file` rewritten by `edit`. */
function dataWith(file: string, edit: (text: string) => string): string {
  const root = tempFolder('minusma-data-');
  cpSync('data', root, { recursive: true });
  const path = join(root, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return root;
}

/** A copy of data/ with one site of data/sites.json changed. */
function siteWith(id: string, edit: (site: Record) => void): string {
  return dataWith('sites.json', (text) => {
    const sites = JSON.parse(text) as Record[];
    const site = sites.find((s) => s.id === id);
    if (!site) throw new Error(`fixture: no site ${id}`);
    edit(site);
    return JSON.stringify(sites);
  });
}

/** A copy of data/ with one flow of data/timeline.source.json changed. */
function flowWith(id: string, edit: (flow: Record) => void): string {
  return dataWith('timeline.source.json', (text) => {
    const timeline = JSON.parse(text) as { flows: Record[] };
    const flow = timeline.flows.find((f) => f.id === id);
    if (!flow) throw new Error(`fixture: no flow ${id}`);
    edit(flow);
    return JSON.stringify(timeline);
  });
}

/** The build's message for the data in `root`, or a marker when it accepts it. */
function problemOf(root: string): string {
  try {
    compileDataset({ root });
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
  return '(no problem reported)';
}

/** One site with one field set to a value the build must refuse, and what the build says. */
const WRONG_SITE_FIELDS: { refused: string; site: string; fields: Record; problem: string }[] = [
  {
    refused: 'an unknown kind, naming the site and the allowed values',
    site: 'kidal',
    fields: { kind: 'fort' },
    problem:
      'data/sites.json: site 8 (kidal): kind must be one of camp, temporary-base, headquarters (got "fort")',
  },
  {
    refused: 'an impossible date',
    site: 'ber',
    fields: { handoverDate: '2023-02-30' },
    problem:
      'data/sites.json: site 0 (ber): handoverDate must be a real calendar date written YYYY-MM-DD (got "2023-02-30")',
  },
  {
    refused: 'a handover outside its window',
    site: 'ber',
    fields: { handoverDate: '2023-10-01' },
    problem:
      'data/sites.json: site ber: handover 2023-10-01 is outside its window phase-1 (2023-07-15 – 2023-08-31)',
  },
  {
    refused: 'a region that is not where the point is',
    site: 'menaka',
    fields: { region: { fr: 'Kidal', en: 'Kidal' } },
    problem:
      "data/sites.json: site menaka: region is Kidal / Kidal, but the position is in Natural Earth's Gao / Gao",
  },
];

/** A file of data/ with one text replaced by a wrong one, and what the build says. */
const WRONG_TEXTS: { refused: string; file: string; text: string; by: string; problem: RegExp }[] =
  [
    {
      refused: 'an impossible date in the timeline, naming the event',
      file: 'timeline.source.json',
      text: '"date": "2023-08-13"',
      by: '"date": "2023-08-32"',
      problem:
        /data\/timeline\.source\.json: event \d+ \(ber-convoy-attacked\): date must be a real calendar date/,
    },
    {
      refused: 'windows out of order',
      file: 'timeline.source.json',
      text: '"start": "2023-09-01"',
      by: '"start": "2023-08-15"',
      problem:
        /^data\/timeline\.source\.json: window seq-a: starts 2023-08-15, before phase-1 ends \(2023-08-31\)$/m,
    },
    {
      refused: 'an event outside the slider’s range',
      file: 'timeline.source.json',
      text: '"date": "2023-08-13"',
      by: '"date": "2026-08-13"',
      problem:
        /event ber-convoy-attacked \(2026-08-13\) is outside the timeline 2023-06-16 – 2024-12-31/,
    },
    {
      refused: 'coordinates outside Mali (swapped lon and lat)',
      file: 'sites-reference.csv',
      text: 'kidal,Kidal (town),1.4078,18.4411',
      by: 'kidal,Kidal (town),18.4411,1.4078',
      problem:
        /^data\/sites\.json: site kidal: 18\.4411, 1\.4078 \(row "kidal" of data\/sites-reference\.csv\) is outside Mali's outline/,
    },
  ];

describe('the data build', () => {
  it('compiles the committed data', () => {
    expect(compileDataset({ root: 'data' }).sites).toHaveLength(13);
  });

  it('rejects a duplicate site id', () => {
    const root = siteWith('goundam', (site) => {
      site.id = 'ber';
    });
    const message = problemOf(root);
    expect(message).toContain('data/sites.json: duplicate site id ber');
    expect(message).toContain('data/sites.json: missing site goundam');
  });

  it('rejects a twelfth camp, naming them', () => {
    const root = siteWith('ogossagou', (site) => {
      site.kind = 'camp';
    });
    expect(problemOf(root)).toMatch(
      /data\/sites\.json: the letter counts 11 camps, the data has 12 \(camp: ber, .*ogossagou/,
    );
  });

  for (const { refused, site, fields, problem } of WRONG_SITE_FIELDS) {
    it(`rejects ${refused}`, () => {
      const root = siteWith(site, (record) => {
        Object.assign(record, fields);
      });
      expect(problemOf(root)).toContain(problem);
    });
  }

  for (const { refused, file, text, by, problem } of WRONG_TEXTS) {
    it(`rejects ${refused}`, () => {
      const root = dataWith(file, (data) => {
        if (!data.includes(text)) throw new Error(`fixture: no ${text} in ${file}`);
        return data.replace(text, by);
      });
      expect(problemOf(root)).toMatch(problem);
    });
  }

  it('rejects a misspelt field instead of dropping it', () => {
    const root = siteWith('ber', (site) => {
      site.handover = site.handoverDate;
    });
    expect(problemOf(root)).toMatch(/data\/sites\.json: site 0 \(ber\): handover .*typo/);
  });

  it('rejects a flow to a place that is not a hub of its window', () => {
    const root = flowWith('menaka-gao', (flow) => {
      flow.to = 'kidal';
    });
    expect(problemOf(root)).toContain(
      "data/timeline.source.json: flow menaka-gao: kidal is not one of phase-1's hubs (tombouctou, gao, mopti)",
    );
  });

  it('rejects an inferred flow that is not to the nearest hub of its window', () => {
    const root = flowWith('goundam-tombouctou', (flow) => {
      flow.to = 'gao';
    });
    expect(problemOf(root)).toContain(
      "data/timeline.source.json: flow goundam-tombouctou is inferred, so it must go to the nearest of phase-1's hubs: tombouctou, not gao",
    );
  });

  it('rejects a citation of an unknown letter', () => {
    const root = siteWith('gao', (site) => {
      (site.citations as Record[])[0] = { letter: 'S-2023-999', quote: 'Une phrase.', en: 'x' };
    });
    expect(problemOf(root)).toMatch(
      /data\/sites\.json: site gao: cites unknown letter "S-2023-999"/,
    );
  });

  it('rejects a quote that is not in the letter, naming the quote and the letter', () => {
    const root = siteWith('ber', (site) => {
      (site.citations as Record[])[1] = {
        letter: 'S-2023-611',
        quote: 'Le 12 août, le camp de Ber a été fermé.',
        en: 'x',
      };
    });
    expect(problemOf(root)).toContain(
      'data/sites.json: site ber: quote not found in letter S-2023-611 (data/letters/2023-08-18-secretary-general-S-2023-611.fr.txt): "Le 12 août, le camp de Ber a été fermé."',
    );
  });

  it('reports every problem at once, not only the first', () => {
    const root = siteWith('ber', (site) => {
      site.handoverDate = '2023-10-01';
      site.hubs = ['bamako'];
    });
    expect(problemOf(root).split('\n')).toHaveLength(2);
  });
});

describe('the compiled files', () => {
  const files = new Map(withdrawalOutputs().map((file) => [file.path, file.content]));

  it('gives each site a stable integer feature id, in SITE_IDS order', () => {
    const geojson = JSON.parse(files.get('public/data/sites.geojson') ?? '{}');
    expect(geojson.features.map((f: { id: number }) => f.id)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(geojson.features[11].properties.id).toBe('ogossagou');
  });

  it('ends every JSON file with a newline and indents it by two spaces', () => {
    for (const path of ['public/data/sites.geojson', 'public/data/timeline.json']) {
      const content = files.get(path) ?? '';
      expect(content.endsWith('}\n')).toBe(true);
      expect(content.split('\n')[1]).toMatch(/^ {2}"/);
    }
  });

  it('writes the CSV with each site’s statuses at the end of every phase', () => {
    const csv = toSitesCsv(compileDataset({ root: 'data' }));
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines[0]).toContain('status_end_phase-1 (2023-08-31)');
    expect(lines.find((line) => line.startsWith('ber,'))).toContain('2023-08-12,reported');
    expect(lines.find((line) => line.startsWith('goundam,'))).toContain('planned (window end)');
    // Goundam's hub is the map's inference, and the CSV says so.
    expect(lines.find((line) => line.startsWith('goundam,'))).toContain(
      '"Inferred: the letter lists only the window’s hubs',
    );
    expect(lines.find((line) => line.startsWith('bamako,'))).toMatch(
      /,-8\.0000,12\.6500,.*,drawdown,drawdown,liquidation,/,
    );
    // As it happened: Kidal left on 31 October 2023 (a UN release, republished), without a
    // handover (the press only: VOA) and taken by the CSP-PSD, 31 days before its window.
    const kidal = lines.find((line) => line.startsWith('kidal,'));
    expect(kidal).toMatch(
      /,2023-10-31,un-copy,https:\/\/www\.maliweb\.net\/[^,]+,"Bamako, le 31 octobre 2023/,
    );
    expect(kidal).toMatch(
      /,no-handover,false,,,,press,https:\/\/voaafrique\.com\/[^,]+,la libération des camps/,
    );
    expect(kidal).toMatch(/,csp-psd,2023-10-31,http:\/\/news\.abamako\.com\/h\/288380\.html,/);
    expect(kidal).toMatch(/,31 days before its window$/);
  });
});
