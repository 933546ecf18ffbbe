import type { PlanGap } from '../domain/comparison.ts';
import type { Lang } from '../domain/types.ts';
import { t } from './index.ts';

/** How far the reported day fell from the plan, in words ("31 days before its window"). */
export function gapText(lang: Lang, gap: PlanGap): string {
  switch (gap.kind) {
    case 'within':
      return t(lang, 'gap.within');
    case 'unplanned':
      return t(lang, 'gap.unplanned');
    case 'before':
      return gap.days === 1 ? t(lang, 'gap.beforeOne') : t(lang, 'gap.before', { days: gap.days });
    case 'after':
      return gap.days === 1 ? t(lang, 'gap.afterOne') : t(lang, 'gap.after', { days: gap.days });
  }
}
