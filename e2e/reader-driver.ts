/**
 * The reader's side of the page, as a reader names it: the slider and the day shown,
 * the list of sites and their statuses, the site card, and the day the map has drawn.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The reader's controls: the slider, the buttons, the list and the cards. */
export class ReaderDriver {
  constructor(readonly page: Page) {}

  get slider(): Locator {
    return this.page.getByRole('slider');
  }

  get date(): Locator {
    return this.page.locator('.timeline-date');
  }

  /**
   * Presses `key` on the slider, as a keyboard user does, and waits until the date shown
   * is `day` (as written on the page, e.g. "12 August 2023").
   */
  async pressOnSlider(key: string, day: string): Promise<void> {
    await this.slider.press(key);
    await expect(this.date).toHaveText(day);
  }

  /**
   * Sets the slider to each of `values` (track units) in turn, within one task, as fast
   * as a dragging hand could send them: the native setter, then an input event, so that
   * React's onChange runs as it does for a reader.
   */
  async sendSliderValues(values: number[]): Promise<void> {
    await this.slider.evaluate((slider, all) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      if (!setValue) throw new Error('no value setter');
      for (const value of all) {
        setValue.call(slider, String(value));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }, values);
  }

  row(siteId: string): Locator {
    return this.page.locator(`.site-list [data-site-id="${siteId}"]`);
  }

  async statusOf(siteId: string): Promise<string | null> {
    return this.row(siteId).getAttribute('data-status');
  }

  async statuses(): Promise<Record<string, string>> {
    return this.page
      .locator('.site-list [data-site-id]')
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [row.getAttribute('data-site-id'), row.getAttribute('data-status')]),
        ),
      );
  }

  get card(): Locator {
    return this.page.locator('#site-card');
  }

  /** Waits until the map (the engine, or the SVG map before it) shows `day`. */
  async waitForPaintedDay(day: string): Promise<void> {
    await expect(
      this.page.locator(`.map[data-painted-day="${day}"], .static-map[data-day="${day}"]`),
    ).toHaveCount(1);
  }
}
