/**
 * What a reader checks on a site's card, as it happened: each claim's line (the day
 * left, the handover, the takeover), its caveats, the first sentence under it, and a
 * contested handover's accounts; and, presenting, the events of a day with their quotes.
 */
import type { Locator, Page } from '@playwright/test';

export class ClaimsDriver {
  constructor(readonly page: Page) {}

  /** Opens the app on `date` in the reported view with the card of `site` open. */
  async openCard(map: { open: (query: string) => Promise<void> }, query: string): Promise<Locator> {
    await map.open(query);
    const card = this.page.locator('#site-card');
    await card.locator('.reported-facts').waitFor();
    return card;
  }

  claim(card: Locator, name: 'left' | 'handover' | 'takeover' | 'start'): Locator {
    return card.locator(`.reported-facts > .claim[data-claim="${name}"]`);
  }

  line(card: Locator, name: 'left' | 'handover' | 'takeover' | 'start'): Locator {
    return this.claim(card, name).locator('> .claim-line');
  }

  /** The first sentence quoted under a claim: the one that supports its line. */
  firstQuote(card: Locator, name: 'left' | 'handover' | 'takeover' | 'start'): Locator {
    return this.claim(card, name).locator('> .quotes > li').first().locator('blockquote');
  }

  caveats(card: Locator, name: 'left' | 'handover' | 'takeover' | 'start'): Locator {
    return this.claim(card, name).locator('> .reported-caveat');
  }

  account(card: Locator, says: 'handed-over' | 'no-handover'): Locator {
    return card.locator(`.accounts [data-account="${says}"]`);
  }

  /** A presented event, by its id (`left-kidal`): its title and its one quote. */
  presented(eventId: string): { title: Locator; quote: Locator } {
    const event = this.page.locator(`.present-panel [data-event-id="${eventId}"]`);
    return { title: event.locator('h2'), quote: event.locator('blockquote') };
  }
}
