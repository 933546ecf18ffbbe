import { describe, expect, it } from 'vitest';
import { EngineFraming } from './engineFraming.ts';

describe('EngineFraming', () => {
  it('pads Mali by 5 % of the smaller side when nothing covers the map', () => {
    // 800 px high: 40 px all round.
    expect(new EngineFraming().padding(1000, 800)).toEqual({
      top: 40,
      right: 40,
      bottom: 40,
      left: 40,
    });
  });

  it('keeps Mali beside a panel over the left side, padded within what is left', () => {
    const framing = new EngineFraming();
    framing.inset = { left: 600, top: 0, right: 0, bottom: 0 };
    // 400 px wide are left: 20 px of padding, and the panel's 600 on the left.
    expect(framing.padding(1000, 800)).toEqual({ top: 20, right: 20, bottom: 20, left: 620 });
  });

  it('keeps Mali between a panel over the top and a label along the bottom, as on a phone presenting', () => {
    const framing = new EngineFraming();
    framing.inset = { left: 0, top: 388, right: 0, bottom: 80 };
    // 390 × 376 px are left: 5 % of 376 is 19 px, with the panel's 388 on top and the label's 80 below.
    expect(framing.padding(390, 844)).toEqual({ top: 407, right: 19, bottom: 99, left: 19 });
  });

  it('keeps Mali clear of a part cut off on the right too', () => {
    const framing = new EngineFraming();
    framing.inset = { left: 300, top: 0, right: 100, bottom: 0 };
    // 600 × 800 px are left: 30 px of padding.
    expect(framing.padding(1000, 800)).toEqual({ top: 30, right: 130, bottom: 30, left: 330 });
  });
});
