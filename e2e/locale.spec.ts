import { expect, test } from './fixtures.ts';

test.describe('a French reader', () => {
  // The map's own controls in French, and in English after switching: state-driven.spec.ts
  // (the map's wanted state), beside the language chosen before the engine is up.
  test('reads a site’s position with decimal commas', async ({ map, page, reader }) => {
    await map.open('date=2023-08-12&lang=fr');
    await reader.row('ber').getByRole('button').click();
    await expect(page.locator('.facts').first()).toContainText(
      /\d+,\d{3}°\u00a0N, \d+,\d{3}°\u00a0O/,
    );
  });

  test('is told in French which data file failed', async ({ map, watchers }) => {
    watchers.allowConsoleErrors('404');
    await map.replaceDataFile('data/sites.geojson', 'Not found', 404);
    await map.visit('lang=fr');
    const alert = map.loadAlert;
    await expect(alert).toContainText('data/sites.geojson\u00a0: le serveur a répondu 404.');
    await expect(alert.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  });
});
