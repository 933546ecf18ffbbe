/**
 * Keeps the room's window and the presenter view on the same step: each sends the
 * deck's state (day, story, blanked) when it changes there, and takes the other's.
 * Over a BroadcastChannel where the page has one, and to the other window itself with
 * postMessage (the opener, or the window opened), which is all a file opened from disk
 * may have; a state received twice is applied once. A state applied from the other
 * window is not sent back, so that quick presses in one window never bounce.
 */
import type { AppStoreApi } from '../store/appStore.ts';
import { type DeckMessage, type DeckState, readDeckMessage } from './deckMessages.ts';

const CHANNEL = 'minusma-deck';

function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    return null;
  }
}

/** postMessage's target origin: the page's own, or any for a file (whose origin is opaque). */
const targetOrigin = () => (window.location.origin === 'null' ? '*' : window.location.origin);

const stateOf = (store: AppStoreApi): DeckState => {
  const { day, story, blanked } = store.getState();
  return { day, view: story, blanked };
};

/**
 * Starts following the other window; `peer` is that window when known (the opener, or
 * the one opened). `hello`: ask the other window for its state at once (the presenter
 * view, on opening). Returns the function that stops.
 */
export function syncDeck(
  store: AppStoreApi,
  peer: () => Window | null,
  { hello = false }: { hello?: boolean } = {},
): () => void {
  const channel = openChannel();
  let applying = false;

  const send = (message: DeckMessage) => {
    channel?.postMessage(message);
    const other = peer();
    if (other && !other.closed) {
      try {
        other.postMessage(message, targetOrigin());
      } catch {
        // The other window went away between the check and the send.
      }
    }
  };

  const receive = (data: unknown) => {
    const message = readDeckMessage(data);
    if (!message) return;
    if (message.type === 'minusma:deck-hello') {
      send({ type: 'minusma:deck', state: stateOf(store) });
      return;
    }
    const { day, view, blanked } = message.state;
    const state = store.getState();
    applying = true;
    try {
      if (view !== state.story) state.setStory(view);
      if (day !== store.getState().day) {
        store.getState().pause();
        store.getState().setDay(day);
      }
      if (blanked !== store.getState().blanked) store.getState().toggleBlank();
    } finally {
      applying = false;
    }
  };

  const onChannel = (event: MessageEvent) => receive(event.data);
  const onWindow = (event: MessageEvent) => {
    const other = peer();
    if (other && event.source === other) receive(event.data);
  };
  channel?.addEventListener('message', onChannel);
  window.addEventListener('message', onWindow);
  const unsubscribe = store.subscribe(
    (s) => `${s.day} ${s.story} ${s.blanked}`,
    () => {
      if (!applying) send({ type: 'minusma:deck', state: stateOf(store) });
    },
  );
  if (hello) send({ type: 'minusma:deck-hello' });
  return () => {
    unsubscribe();
    window.removeEventListener('message', onWindow);
    channel?.removeEventListener('message', onChannel);
    channel?.close();
  };
}
