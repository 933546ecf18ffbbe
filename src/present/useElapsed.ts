/**
 * The presenter's clock and the time elapsed since the first step taken: ticking once
 * a second, in the presenter's window only (the room's page stays at rest).
 */
import { useEffect, useState } from 'react';

const pad = (n: number) => String(n).padStart(2, '0');

/** Seconds as h:mm:ss, or m:ss under an hour. */
export function formatElapsed(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** The time now, and the seconds since `startedAt` (ms) or null before it. */
export function useClock(startedAt: number | null): { now: Date; elapsed: number | null } {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = startedAt === null ? null : Math.max(0, (now.getTime() - startedAt) / 1000);
  return { now, elapsed };
}
