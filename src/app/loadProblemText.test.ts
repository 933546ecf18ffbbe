import { describe, expect, it } from 'vitest';
import { loadProblemText } from './loadProblemText.ts';

describe('a data file that failed to load, in the reader’s language', () => {
  it('names the file and the server’s answer', () => {
    const problem = { code: 'status', file: 'data/sites.geojson', status: 404 } as const;
    expect(loadProblemText('en', problem)).toBe('data/sites.geojson: the server answered 404.');
    expect(loadProblemText('fr', problem)).toBe(
      'data/sites.geojson\u00a0: le serveur a répondu 404.',
    );
  });

  it('says in French that a file is not JSON, or cannot be reached', () => {
    expect(loadProblemText('fr', { code: 'notJson', file: 'data/timeline.json' })).toBe(
      'data/timeline.json\u00a0: le fichier n’est pas du JSON valide.',
    );
    expect(loadProblemText('fr', { code: 'unreachable', file: 'data/reported.json' })).toBe(
      'data/reported.json\u00a0: le fichier n’a pas pu être atteint (erreur réseau).',
    );
  });

  it('leads the schema’s findings with a sentence in the reader’s language', () => {
    const problem = {
      code: 'invalid',
      file: 'data/sites.geojson',
      details: ['sites.geojson: feature 0: id'],
    } as const;
    expect(loadProblemText('en', problem)).toBe(
      'data/sites.geojson: the data does not have the shape the map expects.',
    );
    expect(loadProblemText('fr', problem)).toBe(
      'data/sites.geojson\u00a0: les données n’ont pas la forme attendue par la carte.',
    );
  });
});
