/**
 * A WebM video of the animation: the map's frames recorded with MediaRecorder while
 * the withdrawal plays from its first day to its last at the fastest speed.
 */
import type { MapController } from '../map/MapController.ts';
import type { AppStoreApi } from '../store/appStore.ts';

const MIME_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

function mimeType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? null;
}

/** Whether this browser can record the map (MediaRecorder, WebM and canvas capture). */
export function canRecordVideo(): boolean {
  return mimeType() !== null && typeof HTMLCanvasElement.prototype.captureStream === 'function';
}

/** Plays the whole timeline at 4× and resolves with the recording. */
export function recordAnimation(store: AppStoreApi, controller: MapController): Promise<Blob> {
  const type = mimeType();
  if (!type) return Promise.reject(new Error('this browser cannot record WebM'));
  const recorder = new MediaRecorder(controller.captureStream(30), { mimeType: type });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  return new Promise((resolve) => {
    recorder.onstop = () => resolve(new Blob(chunks, { type: 'video/webm' }));
    const state = store.getState();
    state.setSpeed(4);
    state.goToStart();
    recorder.start(1000);
    state.play();
    const unsubscribe = store.subscribe(
      (s) => s.playing,
      (playing) => {
        if (playing) return;
        unsubscribe();
        recorder.stop();
      },
    );
  });
}
