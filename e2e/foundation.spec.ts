import { BASEMAP_COLOURS } from '../src/map/palette.ts';
import { expect, test } from './fixtures.ts';

test.describe('the basemap, built and served from a sub-path', () => {
  // One engine for both: its first frames cost seconds of software WebGL. Mali framed on
  // a phone and on a projector: hard-use.spec.ts, as the window changes.
  test('loads everything from its own origin (script, worker, data and fonts), reaches its first full render and draws Mali among its neighbours', async ({
    map,
    page,
    pixels,
  }, testInfo) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await map.openWithEngine();
    const subPath = new URL(page.url()).pathname;
    expect(requested.some((path) => /maplibre-gl-worker.*\.mjs$/.test(path))).toBe(true);
    expect(requested).toContain(`${subPath}data/basemap.geojson`);
    expect(requested.some((path) => /noto-sans-latin-.*\.woff2$/.test(path))).toBe(true);
    // Nothing was fetched from the server's root: the build only uses relative paths.
    expect(requested.filter((path) => !path.startsWith(subPath))).toEqual([]);

    const png = await map.screenshotCanvas(testInfo, 'basemap');
    const colours = await pixels.analyseColours(png, {
      mali: BASEMAP_COLOURS.mali,
      neighbour: BASEMAP_COLOURS.neighbour,
      sea: BASEMAP_COLOURS.background,
      border: BASEMAP_COLOURS.maliBorder,
      water: BASEMAP_COLOURS.water,
    });
    // Not a blank or single-colour canvas: land, borders, rivers and labels.
    expect(colours.distinct).toBeGreaterThan(8);
    expect(colours.dominantShare).toBeLessThan(0.85);
    // Mali is the subject: a large light shape, framed with its neighbours around it, and
    // the sea where the view reaches the Atlantic and the Gulf of Guinea.
    expect(colours.shares.mali).toBeGreaterThan(0.12);
    expect(colours.shares.neighbour).toBeGreaterThan(0.06);
    expect((colours.shares.neighbour ?? 0) + (colours.shares.sea ?? 0)).toBeGreaterThan(0.1);
    expect(colours.shares.border).toBeGreaterThan(0.001);
    expect(colours.shares.water).toBeGreaterThan(0.0005);
  });
});
