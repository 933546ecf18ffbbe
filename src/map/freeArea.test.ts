import { describe, expect, it } from 'vitest';
import { freeInset, maliBoxIn, NO_INSET, siteFractions } from './freeArea.ts';
import { frameFor, MALI_BOUNDS } from './maliFrame.ts';

// Bamako, Mopti and Tessalit (GeoNames): the south-west, the middle and the north-east.
const SITES = siteFractions([
  [-8.0, 12.65],
  [-4.2, 14.49],
  [1.01, 20.2],
]);

describe('maliBoxIn', () => {
  it('frames Mali as fitBounds does when nothing covers the map', () => {
    const frame = frameFor(1000, 800);
    const [left, top] = frame.project(MALI_BOUNDS[0][0], MALI_BOUNDS[1][1]);
    const [right, bottom] = frame.project(MALI_BOUNDS[1][0], MALI_BOUNDS[0][1]);
    const box = maliBoxIn(1000, 800, NO_INSET);
    expect(box.left).toBeCloseTo(left, 6);
    expect(box.top).toBeCloseTo(top, 6);
    expect(box.right).toBeCloseTo(right, 6);
    expect(box.bottom).toBeCloseTo(bottom, 6);
  });

  it('frames Mali in what a panel leaves, padded within it', () => {
    const box = maliBoxIn(1000, 600, { top: 0, right: 0, bottom: 0, left: 400 });
    // 600 × 600 px are left, padded by 30: Mali is as wide as 540 px allows, centred there.
    expect(box.right - box.left).toBeCloseTo(540, 6);
    expect((box.left + box.right) / 2).toBeCloseTo(700, 6);
  });
});

describe('siteFractions', () => {
  it('places the corners of Mali’s bounds at the corners of its box', () => {
    expect(
      siteFractions([
        [MALI_BOUNDS[0][0], MALI_BOUNDS[1][1]],
        [MALI_BOUNDS[1][0], MALI_BOUNDS[0][1]],
      ]),
    ).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe('freeInset', () => {
  it('leaves the whole map free when nothing covers it', () => {
    expect(freeInset(1000, 600, [], SITES, 20)).toEqual(NO_INSET);
  });

  it('keeps the room asked for on a side, and a part’s cut where it is larger', () => {
    const room = { ...NO_INSET, right: 32 };
    expect(freeInset(1000, 600, [], SITES, 20, room)).toEqual(room);
    const panel = { beside: true, box: { left: 800, top: 0, right: 1000, bottom: 600 } };
    expect(freeInset(1000, 600, [panel], SITES, 20, room)).toEqual({ ...NO_INSET, right: 200 });
  });

  it('frames Mali beside a column over the left side, even where no site is under it', () => {
    const column = { beside: true, box: { left: 12, top: 12, right: 140, bottom: 588 } };
    expect(freeInset(1400, 600, [column], SITES, 20)).toEqual({ ...NO_INSET, left: 140 });
  });

  it('cuts a panel across the top from the top, where that leaves Mali largest', () => {
    const panel = { beside: true, box: { left: 8, top: 8, right: 382, bottom: 300 } };
    expect(freeInset(390, 844, [panel], SITES, 20)).toEqual({ ...NO_INSET, top: 300 });
  });

  it('lets a small part over an empty corner of Mali’s box stay there', () => {
    // Mali is drawn 0…1000 × 0…953 less 48 px of padding: the top right corner is desert.
    const buttons = { beside: false, box: { left: 900, top: 10, right: 990, bottom: 110 } };
    expect(freeInset(1000, 1000, [buttons], SITES, 20)).toEqual(NO_INSET);
  });

  it('moves Mali away from a small part that would cover a site', () => {
    const box = maliBoxIn(1000, 1000, NO_INSET);
    const [fx = 0, fy = 0] = SITES[0] ?? [];
    const bamako = {
      x: box.left + fx * (box.right - box.left),
      y: box.top + fy * (box.bottom - box.top),
    };
    // A label over Bamako, along the bottom left.
    const label = {
      beside: false,
      box: { left: 0, top: bamako.y - 10, right: bamako.x + 10, bottom: 1000 },
    };
    const inset = freeInset(1000, 1000, [label], SITES, 20);
    expect(inset).not.toEqual(NO_INSET);
    const moved = maliBoxIn(1000, 1000, inset);
    const x = moved.left + fx * (moved.right - moved.left);
    const y = moved.top + fy * (moved.bottom - moved.top);
    const clear =
      x + 20 <= label.box.left ||
      x - 20 >= label.box.right ||
      y + 20 <= label.box.top ||
      y - 20 >= label.box.bottom;
    expect(clear).toBe(true);
  });

  it('ignores what lies off the map and what lies inside another part', () => {
    const column = { beside: true, box: { left: 12, top: 12, right: 140, bottom: 588 } };
    const caption = { beside: false, box: { left: 12, top: 12, right: 140, bottom: 300 } };
    const below = { beside: true, box: { left: 0, top: 620, right: 1400, bottom: 900 } };
    expect(freeInset(1400, 600, [column, caption, below], SITES, 20)).toEqual({
      ...NO_INSET,
      left: 140,
    });
  });
});
