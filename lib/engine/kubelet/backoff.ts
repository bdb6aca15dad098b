/**
 * The kubelet's container restart back-off: 10 s doubling to 5 min, forgotten once a container has
 * run for 10 min (twice the maximum) since the last restart. Models client-go flowcontrol.Backoff as
 * kuberuntime_manager.go doBackOff uses it, keyed per container.
 */
export const BACKOFF_INITIAL_MS = 10_000;
export const BACKOFF_MAX_MS = 300_000;

export interface BackoffEntry {
  /** Current back-off in ms. */
  b: number;
  /** When the entry was last advanced (the last restart). */
  u: number;
}

const expired = (eventTime: number, e: BackoffEntry) => eventTime - e.u > 2 * BACKOFF_MAX_MS;

/** Whether a container that finished at `finishedAt` must still wait at `now`; and until when. */
export function inBackoff(e: BackoffEntry | undefined, finishedAt: number, now: number): number | undefined {
  if (!e || expired(finishedAt, e)) return undefined;
  return now - finishedAt < e.b ? finishedAt + e.b : undefined;
}

/** The entry after a restart at `now` of a container that finished at `finishedAt`. */
export function nextBackoff(e: BackoffEntry | undefined, finishedAt: number, now: number): BackoffEntry {
  if (!e || expired(finishedAt, e)) return { b: BACKOFF_INITIAL_MS, u: now };
  return { b: Math.min(e.b * 2, BACKOFF_MAX_MS), u: now };
}

/** Go's time.Duration.String for whole seconds: `10s`, `1m20s`, `5m0s`. */
export function goDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h ? `${h}h` : ""}${m}m${s % 60}s`;
}
