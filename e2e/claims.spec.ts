/**
 * The claims on the site cards, as it happened, in both languages, checked against
 * the sources (not the code): Ogossagou handed over on 3 August ("the formal handover
 * … the day before", MINUSMA) and left on the 4th; Goundam left by 16 August ("three
 * days later" than Ber), handed over on the 15th according to the Malian authorities
 * only; Ber left on 13 August, handed over on the 14th according to the Malian
 * authorities, the letter's 12 August being its procedures; Tessalit's handover
 * contested (the Malian press: "rétrocession provisoire aux FAMa"; VOA: "sans
 * rétrocession"), the army saying it took the camp over on 21 October; Kidal left on
 * 31 October without a handover and taken by the CSP-PSD, both reported by the press only.
 */

import { attachScreenshot } from './attach.ts';
import { ClaimsDriver } from './claims-driver.ts';
import { expect, test } from './fixtures.ts';

test.describe('the site cards, claim by claim', () => {
  test('Ogossagou: handed over on 3 August, left on the 4th, two facts with their own sentences', async ({
    map,
    page,
  }) => {
    const claims = new ClaimsDriver(page);
    const card = await claims.openCard(map, 'date=2023-08-04&view=reported&site=ogossagou');
    await expect(claims.line(card, 'left')).toContainText('Day left: 4 August 2023');
    await expect(claims.line(card, 'handover')).toHaveText(
      'Handover: on 3 August 2023, to the Malian State (formal)',
    );
    await expect(claims.firstQuote(card, 'handover')).toContainText(
      'Le 3 août, la base opérationnelle temporaire d’Ogossagou a été remise',
    );
    await expect(card.locator('.reported-facts')).not.toContainText('handed over on 4 August');

    const fr = await claims.openCard(map, 'date=2023-08-04&view=reported&site=ogossagou&lang=fr');
    await expect(claims.line(fr, 'left')).toContainText('Jour du départ : 4 août 2023');
    await expect(claims.line(fr, 'handover')).toHaveText(
      'Rétrocession : le 3 août 2023, à l’État malien (officielle)',
    );
  });

  test('Goundam: left by 16 August, the day implied; handed over on the 15th, a day only the press gives', async ({
    map,
    page,
  }) => {
    const claims = new ClaimsDriver(page);
    const card = await claims.openCard(map, 'date=2023-08-16&view=reported&site=goundam');
    await expect(claims.line(card, 'left')).toContainText('Day left: 16 August 2023');
    await expect(claims.caveats(card, 'left')).toContainText('gives the day only indirectly');
    await expect(claims.firstQuote(card, 'left')).toContainText('Goundam three days later');
    await expect(claims.line(card, 'handover')).toHaveText(
      'Handover: on 15 August 2023, to the civilian authorities (formal)',
    );
    await expect(claims.caveats(card, 'handover')).toHaveText('Only the press gives the day.');

    const fr = await claims.openCard(map, 'date=2023-08-16&view=reported&site=goundam&lang=fr');
    await expect(claims.line(fr, 'handover')).toHaveText(
      'Rétrocession : le 15 août 2023, aux autorités civiles (officielle)',
    );
    await expect(claims.caveats(fr, 'handover')).toHaveText('Seule la presse donne le jour.');
    await expect(claims.caveats(fr, 'left')).toContainText('ne donne le jour qu’indirectement');
  });

  test('Ber: left on 13 August, handed over on the 14th; the letter’s 12 August is its own', async ({
    map,
    page,
  }) => {
    const claims = new ClaimsDriver(page);
    const card = await claims.openCard(map, 'date=2023-08-13&view=reported&site=ber');
    await expect(claims.line(card, 'left')).toContainText('Day left: 13 August 2023');
    await expect(claims.line(card, 'handover')).toContainText('on 14 August 2023');
    await expect(card.locator('[data-handover="reported"]')).toHaveText(
      '12 August 2023 (the letter’s day)',
    );
    // No line says the camp was handed over on the 13th.
    await expect(card).not.toContainText('handed over on 13 August');

    const fr = await claims.openCard(map, 'date=2023-08-13&view=reported&site=ber&lang=fr');
    await expect(claims.line(fr, 'handover')).toContainText('le 14 août 2023');
    await expect(fr.locator('[data-handover="reported"]')).toHaveText(
      'le 12 août 2023 (jour donné par la lettre)',
    );
  });

  test('Tessalit: the handover contested, each account with its source; the army’s takeover; drawn as its own kind', async ({
    map,
    page,
  }) => {
    const claims = new ClaimsDriver(page);
    const card = await claims.openCard(map, 'date=2023-10-21&view=reported&site=tessalit');
    await expect(claims.line(card, 'handover')).toHaveText(
      'Handover: contested (the accounts differ)',
    );
    await expect(claims.account(card, 'handed-over').locator('blockquote').first()).toContainText(
      'rétrocession provisoire aux FAMa',
    );
    await expect(claims.account(card, 'no-handover').locator('blockquote').first()).toContainText(
      'sans rétrocession aux forces armées',
    );
    await expect(claims.account(card, 'no-handover')).toContainText('VOA Afrique');
    await expect(claims.line(card, 'takeover')).toHaveText(
      'Taken over by: the Malian army, on 21 October 2023',
    );
    await expect(claims.firstQuote(card, 'takeover')).toContainText(
      'ont repris le contrôle ce samedi 21 octobre à 9h00',
    );
    // The list and the map draw it as contested, apart from a handover and from Kidal's abandonment.
    await expect(page.locator('.site-list [data-site-id="tessalit"]')).toHaveAttribute(
      'data-departure',
      'contested',
    );
    await expect(page.locator('.site-list [data-site-id="tessalit"]')).toContainText(
      'handover contested',
    );
    // The legend names the kind, and its ring is the day left or handed over, as reported.
    await expect(page.locator('.legend')).toContainText('Handover contested');
    await expect(page.locator('.legend')).toContainText('Day left or handed over');
    await expect(page.locator('.legend')).not.toContainText('Handover day');

    const fr = await claims.openCard(map, 'date=2023-10-21&view=reported&site=tessalit&lang=fr');
    await expect(claims.line(fr, 'handover')).toHaveText(
      'Rétrocession : contestée (les récits divergent)',
    );
    await expect(claims.line(fr, 'takeover')).toHaveText(
      'Prise de contrôle : l’armée malienne, le 21 octobre 2023',
    );
  });

  test('Kidal: left on 31 October; no handover and the CSP-PSD takeover, both said to rest on the press', async ({
    map,
    page,
  }) => {
    const claims = new ClaimsDriver(page);
    const card = await claims.openCard(map, 'date=2023-11-01&view=reported&site=kidal');
    await expect(claims.line(card, 'left')).toContainText(
      'Day left: 31 October 2023 · 31 days before its window',
    );
    await expect(claims.firstQuote(card, 'left')).toContainText(
      'La MINUSMA a mis fin à sa présence dans la région de Kidal aujourd’hui',
    );
    await expect(claims.line(card, 'handover')).toHaveText(
      'Handover: none (left without a handover)',
    );
    await expect(claims.caveats(card, 'handover')).toHaveText(
      'Only the press gives the absence of a handover.',
    );
    await expect(claims.line(card, 'takeover')).toHaveText(
      'Taken over by: the CSP-PSD rebels, on 31 October 2023',
    );
    await expect(claims.caveats(card, 'takeover')).toHaveText(
      'Only the press gives who took it over and the day.',
    );
    await expect(page.locator('.site-list [data-site-id="kidal"]')).toHaveAttribute(
      'data-departure',
      'no-handover',
    );

    const fr = await claims.openCard(map, 'date=2023-11-01&view=reported&site=kidal&lang=fr');
    await expect(claims.line(fr, 'handover')).toHaveText(
      'Rétrocession : aucune (départ sans rétrocession)',
    );
    await expect(claims.caveats(fr, 'takeover')).toHaveText(
      'Seule la presse donne l’auteur de la prise de contrôle et le jour.',
    );
  });

  test('Aguelhok: the exception to the rule is on the card’s face, not only in a fold', async ({
    map,
    page,
  }) => {
    const claims = new ClaimsDriver(page);
    const card = await claims.openCard(map, 'date=2023-10-23&view=reported&site=aguelhok');
    const exception = claims.caveats(card, 'left').filter({ hasText: 'Exception to the rule' });
    await expect(exception).toBeVisible();
    await expect(exception).toContainText('would give 21 October');
  });
});

test.describe('presenting the claims', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test("on 31 October 2023, as it happened, the slide leads with Kidal under a sentence that supports its title, and lists the day's other claims", async ({
    map,
    page,
  }, testInfo) => {
    const claims = new ClaimsDriver(page);
    // Generous: a shared two-core machine.
    await map.open('date=2023-10-31&view=reported&present=1', 90_000);
    // One step per day: the site's departure leads, in full, with the sentence that says it.
    const left = claims.presented('left-kidal');
    await expect(left.title).toHaveText('Kidal: the Mission leaves');
    await expect(left.quote).toContainText(
      'mis fin à sa présence dans la région de Kidal aujourd’hui',
    );
    // The day's other claims are listed by title (their sentences are in the presenter view).
    const others = page.locator('.present-others');
    await expect(others.locator('[data-event-id="no-handover-kidal"]')).toHaveText(
      'Kidal: left without a handover',
    );
    await expect(others.locator('[data-event-id="takeover-kidal"]')).toHaveText(
      'Kidal: taken over by the CSP-PSD rebels',
    );
    await attachScreenshot(testInfo, 'present-2023-10-31-reported', page);
  });

  test('the plan view at 2 January 2024 words the liquidation as planned', async ({
    map,
    page,
  }) => {
    await map.open('date=2024-01-02', 90_000);
    const caption = page.locator('.caption');
    await expect(caption.locator('.caption-title')).toHaveText('Liquidation to begin');
    await expect(caption).not.toContainText('Liquidation begins');
    await map.open('date=2024-01-02&lang=fr', 90_000);
    await expect(caption.locator('.caption-title')).toHaveText('La liquidation doit commencer');
  });
});
