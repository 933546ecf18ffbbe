/**
 * Every citation's quote must be in its letter (white space aside): the check that
 * keeps the map from showing anything the letters do not say.
 */
import { findQuote } from '../../src/domain/citations.ts';
import type { Citation, Dataset, Letter } from '../../src/domain/types.ts';

/** Citations with where they sit, for messages (`data/sites.json: site ber`). */
function allCitations(
  dataset: Dataset,
  files: { sites: string; timeline: string },
): { where: string; citation: Citation }[] {
  const { windows, events, flows } = dataset.timeline;
  const groups: [string, { id: string; citations: Citation[] }[]][] = [
    [`${files.sites}: site`, dataset.sites],
    [`${files.timeline}: window`, windows],
    [`${files.timeline}: event`, events],
    [`${files.timeline}: flow`, flows],
  ];
  return groups.flatMap(([prefix, records]) =>
    records.flatMap((record) =>
      record.citations.map((citation) => ({ where: `${prefix} ${record.id}`, citation })),
    ),
  );
}

/** A quote as people will recognise it in a message: its first 80 characters. */
export function shortQuote(quote: string): string {
  const oneLine = quote.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 80)}…` : oneLine;
}

/** Every quote not found in its letter, as a message naming the quote and the letter. */
export function missingQuotes(
  dataset: Dataset,
  letterText: (letter: Letter) => string | null,
  files: { sites: string; timeline: string },
): string[] {
  const letters = new Map(dataset.timeline.letters.map((letter) => [letter.id, letter]));
  const problems: string[] = [];
  for (const { where, citation } of allCitations(dataset, files)) {
    // Report citations are checked against their sources' excerpts (reported.ts).
    if (!('letter' in citation)) continue;
    const letter = letters.get(citation.letter);
    // Unknown letters are reported by the dataset rules.
    if (!letter) continue;
    const text = letterText(letter);
    if (text === null) continue;
    if (!findQuote(text, citation.quote))
      problems.push(
        `${where}: quote not found in letter ${letter.id} (data/letters/${letter.file}): "${shortQuote(citation.quote)}"`,
      );
  }
  return problems;
}
