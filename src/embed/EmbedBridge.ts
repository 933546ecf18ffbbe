/**
 * The map's side of the embed protocol: when the page is framed, it answers its
 * parent's commands and tells the parent when the map is ready, how tall the page
 * is, and what it shows. Works in every mode (a host may frame the full page too),
 * but only ever talks to `window.parent`, and does nothing when not framed.
 */
import { type RefObject, useEffect } from 'react';
import { shallow } from 'zustand/shallow';
import type { AppStore, AppStoreApi } from '../store/appStore.ts';
import { onceMapReady } from '../store/mapReady.ts';
import {
  type EmbedCommand,
  type EmbedEvent,
  type EmbedState,
  heightMessages,
  parseCommand,
  readyMessage,
  stateMessage,
  wordpressSecret,
} from './messages.ts';

const selectEmbedState = (s: AppStore): EmbedState => ({
  date: s.day,
  playing: s.playing,
  lang: s.lang,
  site: s.selectedSiteId,
  view: s.story,
});

export class EmbedBridge {
  private readonly cleanups: (() => void)[] = [];
  private lastHeight = -1;
  private frameRequest: number | null = null;
  /** Read once: the page rewrites its query as the state changes, never its hash. */
  private readonly secret: string | null;

  constructor(
    private readonly store: AppStoreApi,
    private readonly root: HTMLElement,
    private readonly win: Window = window,
  ) {
    this.secret = wordpressSecret(win.location.hash);
    if (win.parent === win) return;
    this.listen();
    this.watchReady();
    this.watchHeight();
    this.cleanups.push(
      store.subscribe(selectEmbedState, (state) => this.post(stateMessage(state)), {
        equalityFn: shallow,
      }),
    );
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    if (this.frameRequest !== null) this.win.cancelAnimationFrame(this.frameRequest);
    this.frameRequest = null;
  }

  private post(message: EmbedEvent): void {
    this.win.parent.postMessage(message, '*');
  }

  private listen(): void {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== this.win.parent) return;
      const command = parseCommand(event.data);
      if (command) this.run(command);
    };
    this.win.addEventListener('message', onMessage);
    this.cleanups.push(() => this.win.removeEventListener('message', onMessage));
  }

  private run(command: EmbedCommand): void {
    const actions = this.store.getState();
    switch (command.type) {
      case 'minusma:set-date':
        actions.setDay(command.date);
        break;
      case 'minusma:play':
        actions.play();
        break;
      case 'minusma:pause':
        actions.pause();
        break;
      case 'minusma:set-lang':
        actions.setLang(command.lang);
        break;
      case 'minusma:set-view':
        actions.setStory(command.view);
        break;
      case 'minusma:select-site':
        actions.selectSite(command.site);
        break;
    }
  }

  private watchReady(): void {
    this.cleanups.push(
      onceMapReady(this.store, () => {
        this.post(readyMessage());
        this.post(stateMessage(selectEmbedState(this.store.getState())));
      }),
    );
  }

  /** The page's height, at most once per animation frame, and only when it changed. */
  private watchHeight(): void {
    const measure = () => {
      this.frameRequest = null;
      const height = Math.ceil(this.root.getBoundingClientRect().height);
      if (height === this.lastHeight || height <= 0) return;
      this.lastHeight = height;
      for (const message of heightMessages(height, this.secret)) this.post(message);
    };
    const observer = new ResizeObserver(() => {
      if (this.frameRequest === null) this.frameRequest = this.win.requestAnimationFrame(measure);
    });
    observer.observe(this.root);
    this.cleanups.push(() => observer.disconnect());
  }
}

/** Mounts the bridge on the app's root element for the life of the store. */
export function useEmbedBridge(store: AppStoreApi, rootRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const bridge = new EmbedBridge(store, root);
    return () => bridge.destroy();
  }, [store, rootRef]);
}
