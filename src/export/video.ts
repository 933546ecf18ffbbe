/**
 * A WebM video of the animation, for slides: the whole withdrawal played at the
 * fastest speed and recorded with MediaRecorder, each frame of the map (drawn on a
 * canvas as the SVG map draws it: no WebGL needed) with the
 * title, the date and phase, the current event, the legend and the sources, as the
 * image export draws them, so that a viewer always knows which day they are seeing.
 */
import { dayHeading } from '../i18n/dayHeading.ts';
import type { AppStoreApi } from '../store/appStore.ts';
import { videoMimeType } from './videoSupport.ts';
import { drawView, viewSize } from './viewImage.ts';

const FRAMES_PER_SECOND = 30;

/**
 * Plays the whole timeline at 4× and resolves with the recording. Rejects when the
 * browser cannot record or the recorder fails on the way; the playback it started is
 * then stopped and the map's frames are no longer drawn into the film.
 */
export function recordAnimation(
  store: AppStoreApi,
  paintMap: () => HTMLCanvasElement,
): Promise<Blob> {
  const type = videoMimeType();
  const dataset = store.getState().dataset;
  if (!type) return Promise.reject(new Error('this browser cannot record WebM'));
  if (!dataset) return Promise.reject(new Error('no data to record'));
  const film = document.createElement('canvas');
  const ctx = film.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2d canvas'));
  return new Promise((resolve, reject) => {
    const recorder = new MediaRecorder(film.captureStream(FRAMES_PER_SECOND), { mimeType: type });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    let frameRequest = 0;
    const stopFrames = () => cancelAnimationFrame(frameRequest);
    const drawFrame = () => {
      frameRequest = requestAnimationFrame(drawFrame);
      const map = paintMap();
      const size = viewSize(map.width, map.height);
      if (film.width !== size.width || film.height !== size.height) {
        film.width = size.width;
        film.height = size.height;
      }
      const { day, lang, story } = store.getState();
      drawView(ctx, { map, dataset, lang, heading: dayHeading(dataset, lang, day, story) });
    };
    drawFrame();
    let unsubscribe = () => {};
    const fail = (error: unknown) => {
      unsubscribe();
      stopFrames();
      recorder.onstop = null;
      if (recorder.state !== 'inactive') recorder.stop();
      store.getState().pause();
      reject(error instanceof Error ? error : new Error('the recorder failed'));
    };
    recorder.onerror = fail;
    recorder.onstop = () => resolve(new Blob(chunks, { type: 'video/webm' }));
    try {
      const state = store.getState();
      state.setSpeed(4);
      state.goToStart();
      recorder.start(1000);
      state.play();
      unsubscribe = store.subscribe(
        (s) => s.playing,
        (playing) => {
          if (playing) return;
          unsubscribe();
          stopFrames();
          recorder.stop();
        },
      );
    } catch (error) {
      fail(error);
    }
  });
}
