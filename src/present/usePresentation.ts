/**
 * Presentation mode's behaviour: the keys, full screen, and leaving it. Full screen
 * is asked for on entering (it needs the key press or click that started it) and
 * left with presentation; leaving full screen with the browser's own Esc leaves
 * presentation too, unless F asked for it.
 */
import { useEffect } from 'react';
import type { AppStoreApi } from '../store/appStore.ts';
import { presentationCommand } from './keys.ts';
import { openPresenterView } from './presenterWindow.ts';

/** Whether a key went to a field that takes text, where the clicker's keys are the reader's own. */
export function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    target.type !== 'range' &&
    target.type !== 'button' &&
    target.type !== 'checkbox'
  );
}

export async function enterFullscreen(): Promise<void> {
  if (!document.fullscreenEnabled || document.fullscreenElement) return;
  try {
    await document.documentElement.requestFullscreen();
  } catch {
    // Refused (no user gesture, or a frame without allow="fullscreen"): present in the window.
  }
}

export async function exitFullscreen(): Promise<void> {
  if (!document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left.
  }
}

export function usePresentation(store: AppStoreApi): void {
  useEffect(() => {
    let toggledByKey = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const state = store.getState();
      const command = presentationCommand(event.key, state.presenting, inTextField(event.target));
      if (!command) return;
      // The slider handles its own arrows and pages when it has focus; presenting, the deck does.
      event.preventDefault();
      switch (command) {
        case 'toggle':
          state.setPresenting(!state.presenting);
          if (!state.presenting) void enterFullscreen();
          else void exitFullscreen();
          break;
        case 'gap':
          state.toggleGapSlide();
          break;
        case 'presenter':
          openPresenterView();
          break;
        case 'next':
          state.pause();
          state.goToNextEvent();
          break;
        case 'previous':
          state.pause();
          state.goToPreviousEvent();
          break;
        case 'blank':
          state.toggleBlank();
          break;
        case 'fullscreen':
          toggledByKey = true;
          if (document.fullscreenElement) void exitFullscreen();
          else void enterFullscreen();
          break;
        case 'leave':
          // Esc first closes the chart's slide, then leaves, as slide software closes a zoom.
          if (state.gapSlide) {
            state.toggleGapSlide();
            break;
          }
          state.setPresenting(false);
          void exitFullscreen();
          break;
      }
    };
    const onFullscreenChange = () => {
      if (!document.fullscreenElement && !toggledByKey) store.getState().setPresenting(false);
      toggledByKey = false;
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [store]);
}
