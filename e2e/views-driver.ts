/**
 * What a reader uses to compare the two stories: the switch, the label that says
 * whose story the map tells, the caption's kicker, and the plan-against-reality chart.
 */
import type { Locator, Page } from '@playwright/test';

/**
 * The statuses on 1 November 2023, from the sources, not the code. The plan of 18 August:
 * sequence a (1 September – 30 November) closing Tessalit, Aguelhok and Douentza,
 * Kidal open until 1 December, Ansongo open. As reported: Douentza handed over and
 * Tessalit left on 21 October (its handover contested), Aguelhok on 23 October, Kidal on 31 October; Ansongo
 * handed over on 18 November.
 */
export const ON_1_NOVEMBER_2023 = {
  plan: {
    kidal: 'open',
    tessalit: 'closing',
    aguelhok: 'closing',
    douentza: 'closing',
    ansongo: 'open',
  },
  reported: {
    kidal: 'closed',
    tessalit: 'closed',
    aguelhok: 'closed',
    douentza: 'closed',
    ansongo: 'open',
  },
} as const;

export class ViewsDriver {
  constructor(readonly page: Page) {}

  button(name: 'The plan' | 'As it happened' | 'Le plan' | 'Ce qui s’est passé'): Locator {
    return this.page.locator('.view-switch').getByRole('button', { name, exact: true });
  }

  get banner(): Locator {
    return this.page.locator('.view-banner');
  }

  get kicker(): Locator {
    return this.page.locator('.caption .caption-kicker');
  }

  gapRow(siteId: string): Locator {
    return this.page.locator(`.panel .gap-chart [data-site-id="${siteId}"]`);
  }

  /** Opens a site's card from the list. */
  async openCard(siteName: string): Promise<Locator> {
    await this.page.locator('.site-list').getByRole('button', { name: siteName }).click();
    return this.page.locator('#site-card');
  }
}
