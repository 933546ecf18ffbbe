/** A data file's problem in the reader's words (the schema's findings stay as written). */
import type { Lang } from '../domain/types.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import type { LoadProblem } from './loadDataset.ts';

const KEYS: Record<LoadProblem['code'], MessageKey> = {
  unreachable: 'load.unreachable',
  status: 'load.status',
  notJson: 'load.notJson',
  notGeoJson: 'load.notGeoJson',
  invalid: 'load.invalid',
};

/** The sentence naming the file and what went wrong, in `lang`. */
export function loadProblemText(lang: Lang, problem: LoadProblem): string {
  const status = problem.code === 'status' ? problem.status : '';
  return t(lang, KEYS[problem.code], { file: problem.file, status });
}
