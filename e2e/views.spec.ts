/**
 * The plan and what happened, on one map. Expected days come from the sources
 * (data/reports/, each with its sentence), not from the code: MINUSMA left Tessalit
 * on 21 October 2023 (its handover contested), Aguelhok on 23 October and Kidal on
 * 31 October, both without a handover; Ansongo was handed over on 18 November; the plan of 18 August
 * had Tessalit and Aguelhok closing until 30 November and Kidal open until 1 December.
 */

import { attachScreenshot } from './attach.ts';
import { expect, test } from './fixtures.ts';
import { ON_1_NOVEMBER_2023, ViewsDriver } from './views-driver.ts';

test.describe('the two views', () => {
  test('on 1 November 2023 the plan still has Kidal open, worded as planned; as it happened, Kidal was left', async ({
    map,
    reader,
    page,
  }, testInfo) => {
    const views = new ViewsDriver(page);
    await map.open('date=2023-11-01');
    await expect(views.button('The plan')).toHaveAttribute('aria-pressed', 'true');
    expect(await reader.statuses()).toMatchObject(ON_1_NOVEMBER_2023.plan);
    // After 18 August 2023 the plan is only a plan: never "what happened".
    await expect(views.banner).toContainText('The plan of 18 August 2023');
    await expect(views.banner).toContainText('planned, not what happened');
    await expect(reader.row('tessalit')).toContainText('Closing (planned window)');
    await expect(views.kicker).toHaveText('The plan (letter of 18 August 2023)');
    await expect(page.locator('.caption')).not.toContainText('What happened');
    await attachScreenshot(testInfo, 'plan-1-november', page);

    await views.button('As it happened').click();
    await expect(page).toHaveURL(/view=reported/);
    expect(await reader.statuses()).toMatchObject(ON_1_NOVEMBER_2023.reported);
    for (const site of ['kidal', 'aguelhok'])
      await expect(reader.row(site)).toHaveAttribute('data-departure', 'no-handover');
    // Tessalit's handover is contested (the army's account against VOA's): drawn as its own kind.
    await expect(reader.row('tessalit')).toHaveAttribute('data-departure', 'contested');
    await expect(reader.row('douentza')).not.toHaveAttribute('data-departure', 'no-handover');
    await expect(views.banner).toContainText('As it happened, from UN releases and the press');
    await expect(views.kicker).toHaveText('What happened, as reported');
    await reader.waitForPaintedDay('2023-11-01');
    await attachScreenshot(testInfo, 'reported-1-november', page);

    await views.button('The plan').click();
    await expect(page).not.toHaveURL(/view=/);
    expect(await reader.statusOf('kidal')).toBe('open');
  });

  test('the reported status changes on the day each site was left, not the day before', async ({
    map,
    reader,
  }) => {
    await map.open('date=2023-10-30&view=reported');
    expect(await reader.statusOf('kidal')).not.toBe('closed');
    await reader.slider.focus();
    await reader.pressOnSlider('ArrowRight', '31 October 2023');
    expect(await reader.statusOf('kidal')).toBe('closed');
    await map.open('date=2023-11-17&view=reported');
    expect(await reader.statusOf('ansongo')).toBe('open');
    await reader.pressOnSlider('ArrowRight', '18 November 2023');
    expect(await reader.statusOf('ansongo')).toBe('closed');
  });

  test('in 2024, Gao and Bamako are liquidation sites until their handovers (22 July, 15 November)', async ({
    map,
    reader,
    page,
  }, testInfo) => {
    await map.open('date=2024-08-01&view=reported');
    expect(await reader.statuses()).toMatchObject({
      gao: 'closed',
      bamako: 'liquidation',
      tombouctou: 'closed',
    });
    await attachScreenshot(testInfo, 'reported-1-august-2024', page);
    await map.open('date=2024-08-01');
    // The plan keeps all three for a liquidation of at least 18 months.
    expect(await reader.statuses()).toMatchObject({
      gao: 'liquidation',
      bamako: 'liquidation',
      tombouctou: 'liquidation',
    });
    await expect(page.locator('.site-list [data-site-id="gao"]')).toContainText(
      'Liquidation (planned)',
    );
  });

  test('a site card gives both stories, each with its source, and the other versions', async ({
    map,
    page,
  }) => {
    const views = new ViewsDriver(page);
    await map.open('date=2023-11-01&view=reported');
    const card = await views.openCard('Kidal');
    await expect(card).toContainText('Phase two, sequence b: 1 December 2023 – 15 December 2023');
    await expect(card.locator('[data-reported-left]')).toHaveText(
      '31 October 2023 · 31 days before its window',
    );
    await expect(card.locator('.reported-facts')).toContainText('none (left without a handover)');
    const link = card.locator('.reported-facts a', { hasText: 'Read the source' }).first();
    await expect(link).toHaveAttribute('href', /^https:\/\//);
    await expect(link).toHaveAttribute('target', '_blank');
    const aguelhok = await views.openCard('Aguelhok');
    await aguelhok.locator('.other-versions summary').click();
    await expect(aguelhok.locator('.other-versions')).toContainText('21 October 2023');
    await expect(aguelhok.locator('.other-versions')).toContainText('respectively');
  });

  test('plan against reality: which sites left early, and by how much', async ({ map, page }) => {
    const views = new ViewsDriver(page);
    await map.open('date=2023-11-01');
    // Kidal: window from 1 December, left 31 October: 31 days before.
    await expect(views.gapRow('kidal')).toHaveAttribute('data-gap-days', '31');
    await expect(views.gapRow('kidal')).toContainText('31 days before its window');
    // Ansongo: window from 15 December, handed over 18 November: 27 days before.
    await expect(views.gapRow('ansongo')).toContainText('27 days before its window');
    // Sévaré (Mopti): window 1–15 December, closed 8 December: within.
    await expect(views.gapRow('mopti')).toContainText('within its window');
    // Tombouctou had no window: the plan kept it for the liquidation.
    await expect(views.gapRow('tombouctou')).toContainText('no window');
  });

  test('French: the switch, the label and the planned wording', async ({ map, reader, page }) => {
    const views = new ViewsDriver(page);
    await map.open('date=2023-11-20&lang=fr');
    await expect(views.banner).toContainText('Le plan du 18 août 2023');
    await expect(reader.row('tessalit')).toContainText('En fermeture (fenêtre prévue)');
    await views.button('Ce qui s’est passé').click();
    await expect(views.banner).toContainText('Ce qui s’est passé, d’après les communiqués');
    await expect(reader.row('ansongo')).toHaveAttribute('data-status', 'closed');
  });
});

test.describe('the two views on a phone', () => {
  test('both views at 20 November 2023 fit the screen, with the chart folded', async ({
    map,
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await map.open('date=2023-11-20&view=reported');
    await expect(page.locator('.gap-panel')).not.toHaveAttribute('open', '');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await attachScreenshot(testInfo, 'phone-reported-20-november', page);
    await new ViewsDriver(page).button('The plan').click();
    await attachScreenshot(testInfo, 'phone-plan-20-november', page);
  });
});

test.describe('presenting the two stories', () => {
  test('G shows plan against reality as a slide; Esc closes it first, then leaves', async ({
    map,
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await map.open('date=2023-11-01&present=1&view=reported');
    await page.keyboard.press('g');
    const slide = page.getByRole('dialog', { name: 'Plan against reality' });
    await expect(slide).toBeVisible();
    await expect(slide.locator('[data-site-id="kidal"]')).toContainText(
      '31 days before its window',
    );
    await attachScreenshot(testInfo, 'present-gap-slide', page);
    await page.keyboard.press('Escape');
    await expect(slide).toBeHidden();
    await expect(page.locator('.present-panel')).toBeVisible();
    await expect(page.locator('.view-banner')).toContainText('As it happened');
  });
});
