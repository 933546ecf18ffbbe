/**
 * Whether this browser can record the animation: asked when the Export menu draws,
 * without loading the recording code itself (it comes with the click).
 */
import { useSyncExternalStore } from 'react';

const MIME_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

/** The best WebM type this browser records, or null. */
export function videoMimeType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? null;
}

let recordable: boolean | undefined;

/**
 * MediaRecorder, WebM and canvas capture: all three are needed. Asked once: the menu
 * draws again on every day that changes its items, and the browser's answer does not change.
 */
export function canRecordVideo(): boolean {
  recordable ??=
    videoMimeType() !== null && typeof HTMLCanvasElement.prototype.captureStream === 'function';
  return recordable;
}

const noChange = () => () => {};

/**
 * `canRecordVideo` for a component: false in the HTML the build writes (and while React
 * takes that HTML over, so both agree), the browser's answer from then on.
 */
export function useCanRecordVideo(): boolean {
  return useSyncExternalStore(noChange, canRecordVideo, () => false);
}
