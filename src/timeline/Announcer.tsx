/**
 * What a screen reader hears as the date moves: on an event day, the step's talking
 * points in one line (what changed, and how many sites are not yet closed in this
 * story and the other), else the date, in a polite live region. Scrubbing is debounced so that a held arrow key does not
 * queue a hundred announcements; during playback only events are announced, at
 * most one every few seconds, and nothing while playing fast.
 */
import { useEffect, useRef, useState } from 'react';
import { talkingPointsAt } from '../domain/talkingPoints.ts';
import { formatDay } from '../i18n/index.ts';
import { talkingPointsLine } from '../i18n/talkingPointsText.ts';
import { useApp, useShownDay } from '../store/StoreProvider.tsx';
import { selectDataset, selectEvents, selectPlaying, selectSpeed } from '../store/selectors.ts';

const SCRUB_DEBOUNCE_MS = 500;
const PLAYBACK_MIN_GAP_MS = 3000;

export function Announcer() {
  const { lang, day, story } = useShownDay();
  const playing = useApp(selectPlaying);
  const speed = useApp(selectSpeed);
  const events = useApp(selectEvents);
  const dataset = useApp(selectDataset);
  const [message, setMessage] = useState('');
  const lastSpoken = useRef(0);

  useEffect(() => {
    const todays = events.filter((event) => event.date === day && !event.context);
    const text =
      todays.length && dataset
        ? talkingPointsLine(lang, talkingPointsAt(dataset, day, story))
        : formatDay(lang, day);
    if (playing) {
      if (speed > 1 || todays.length === 0) return;
      const now = performance.now();
      if (now - lastSpoken.current < PLAYBACK_MIN_GAP_MS) return;
      lastSpoken.current = now;
      setMessage(text);
      return;
    }
    const timer = window.setTimeout(() => setMessage(text), SCRUB_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [day, playing, speed, events, lang, dataset, story]);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
