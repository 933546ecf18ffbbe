/**
 * Images attached to the test report, so that a person can look at what a test saw (a
 * green test over a blank or ugly map is still a failure).
 */
import type { Locator, Page, TestInfo } from '@playwright/test';

/** Attaches the PNG `png` to the report as `name`. */
export async function attachPng(testInfo: TestInfo, name: string, png: Buffer): Promise<void> {
  await testInfo.attach(name, { body: png, contentType: 'image/png' });
}

/** Takes a screenshot of `target`, a page or an element, attaches it as `name` and returns it. */
export async function attachScreenshot(
  testInfo: TestInfo,
  name: string,
  target: Page | Locator,
): Promise<Buffer> {
  const png = await target.screenshot();
  await attachPng(testInfo, name, png);
  return png;
}
