/**
 * Sign-in rate limiting: at most MAX_FAILURES failed attempts per key (email) per window. Stored in
 * the database (LoginThrottle) so restarting the server does not reset it.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

export interface ThrottleRecord {
  count: number;
  windowStart: Date;
}

export interface ThrottleStore {
  read(key: string): Promise<ThrottleRecord | null>;
  write(key: string, record: ThrottleRecord): Promise<void>;
  clear(key: string): Promise<void>;
}

/** Minutes until the key may try again, or 0 if it may try now. */
export async function lockedFor(store: ThrottleStore, key: string, now: number): Promise<number> {
  const r = await store.read(key);
  if (!r || now - r.windowStart.getTime() >= WINDOW_MS || r.count < MAX_FAILURES) return 0;
  return Math.max(1, Math.ceil((r.windowStart.getTime() + WINDOW_MS - now) / 60_000));
}

export async function recordFailure(store: ThrottleStore, key: string, now: number): Promise<void> {
  const r = await store.read(key);
  if (!r || now - r.windowStart.getTime() >= WINDOW_MS) await store.write(key, { count: 1, windowStart: new Date(now) });
  else await store.write(key, { count: r.count + 1, windowStart: r.windowStart });
}

export const recordSuccess = (store: ThrottleStore, key: string) => store.clear(key);

export function tooManyMessage(minutes: number): string {
  return `Too many sign-in attempts, try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
