/**
 * Checking quotes against the letters' text. The text keeps the PDF extraction's
 * line breaks, doubled spaces and non-breaking spaces, so both sides are compared
 * after every run of white space (Unicode included) becomes one space.
 */

/** `text` with every run of white space (NBSP, narrow NBSP, line breaks…) as one space, trimmed. */
export function normalizeText(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2007\u2060]+/gu, ' ').trim();
}

/** Whether `quote` appears in `letterText`, white space aside. */
export function findQuote(letterText: string, quote: string): boolean {
  return normalizeText(letterText).includes(normalizeText(quote));
}
