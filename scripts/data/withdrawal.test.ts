import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataset, DataError, toSitesCsv } from './withdrawal.ts';

type Json = Record<string, unknown> & { [key: string]: never | unknown };

/** A copy of data/ with one file changed by `edit`. */
function brokenData(file: string, edit: (json: Json[] & Json) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'minusma-data-'));
  cpSync('data', root, { recursive: true });
  const path = join(root, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return root;
}

function problemOf(root: string): string {
  try {
    compileDataset({ root });
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
  return '(no problem reported)';
}

describe('the data build', () => {
  it('compiles the committed data', () => {
    const dataset = compileDataset({ root: 'data' });
    expect(dataset.sites).toHaveLength(13);
  });

  it('rejects a duplicate site id', () => {
    const root = brokenData('sites.json', (sites) => {
      (sites[1] as { id: string }).id = 'ber';
    });
    expect(problemOf(root)).toMatch(/duplicate site id ber/);
  });

  it('rejects a twelfth camp', () => {
    const root = brokenData('sites.json', (sites) => {
      (sites.find((s) => (s as { id: string }).id === 'ogossagou') as { kind: string }).kind =
        'camp';
    });
    expect(problemOf(root)).toMatch(/11 camps, the data has 12/);
  });

  it('rejects an impossible date', () => {
    const root = brokenData('sites.json', (sites) => {
      (sites[0] as { handoverDate: string }).handoverDate = '2023-02-30';
    });
    expect(problemOf(root)).toMatch(/handoverDate: must be a real date/);
  });

  it('rejects a handover outside its window', () => {
    const root = brokenData('sites.json', (sites) => {
      (sites[0] as { handoverDate: string }).handoverDate = '2023-10-01';
    });
    expect(problemOf(root)).toMatch(
      /ber: handover 2023-10-01 is outside its window 2023-07-15 – 2023-08-31/,
    );
  });

  it('rejects coordinates outside Mali', () => {
    const root = mkdtempSync(join(tmpdir(), 'minusma-data-'));
    cpSync('data', root, { recursive: true });
    const csv = join(root, 'sites-reference.csv');
    writeFileSync(
      csv,
      readFileSync(csv, 'utf8').replace(
        'kidal,Kidal (town),1.4078,18.4411',
        'kidal,Kidal (town),18.4411,1.4078',
      ),
    );
    expect(problemOf(root)).toMatch(/kidal: coordinates 18.4411, 1.4078 are outside Mali/);
  });

  it('rejects a quote that is not in its letter, naming the quote and the letter', () => {
    const root = brokenData('sites.json', (sites) => {
      const [first] = (sites[0] as { citations: { quote: string }[] }).citations;
      if (first) first.quote = 'Le 12 août, le camp de Ber a été fermé.';
    });
    expect(problemOf(root)).toMatch(
      /site ber: quote not found in letter S-2023-611 .*"Le 12 août, le camp de Ber a été fermé\."/,
    );
  });

  it('writes the CSV with each site’s statuses at the end of every phase', () => {
    const csv = toSitesCsv(compileDataset({ root: 'data' }));
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines[0]).toContain('status_end_phase-1 (2023-08-31)');
    const ber = lines.find((line) => line.startsWith('ber,'));
    expect(ber).toContain('2023-08-12,reported');
    const goundam = lines.find((line) => line.startsWith('goundam,'));
    expect(goundam).toContain('planned (window end)');
  });
});
