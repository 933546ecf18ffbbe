import type { Lang, SiteStatus } from '../domain/types.ts';
import { t } from './index.ts';

/**
 * A status as the reader reads it. In the plan view, after the plan was written,
 * every status is what the plan foresaw ("Closing (planned window)"), never worded
 * as something that happened.
 */
export function statusLabel(lang: Lang, status: SiteStatus, planned: boolean): string {
  return t(lang, planned ? `status.planned.${status}` : `status.${status}`);
}
