/**
 * What a reader uses to compare the two stories: the switch, the label that says
 * whose story the map tells, the caption's kicker, and the plan-against-reality chart.
 */
import type { Locator, Page } from '@playwright/test';

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
