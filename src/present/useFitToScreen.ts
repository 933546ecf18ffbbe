/**
 * A clicker cannot scroll: when a step's text is taller than the panel may be, its
 * type is made smaller, in steps, until it fits (reveal.js fits its slides the same
 * way). Measured again when the step, the language or the screen's size changes.
 */
import { type RefObject, useLayoutEffect } from 'react';

/** The smallest scale the type goes down to; below it the panel would scroll rather than be unreadable. */
const SMALLEST_SCALE = 0.6;
const SCALE_STEP = 0.05;

function shrinkUntilItFits(panel: HTMLElement): void {
  let scale = 1;
  panel.style.setProperty('--fit', '1');
  while (panel.scrollHeight > panel.clientHeight + 1 && scale - SCALE_STEP >= SMALLEST_SCALE) {
    scale -= SCALE_STEP;
    panel.style.setProperty('--fit', scale.toFixed(2));
  }
}

/** Scales the type of `ref`'s element (through the CSS variable --fit) until it does not scroll. */
export function useFitToScreen(ref: RefObject<HTMLElement | null>, step: unknown): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the step is what changes the text to fit
  useLayoutEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    shrinkUntilItFits(panel);
    const onResize = () => shrinkUntilItFits(panel);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [ref, step]);
}
