/**
 * The simulation's only source of time. Nothing under lib/engine, lib/shell, lib/kubectl or lib/labs
 * reads the wall clock: the app injects a clock that follows wall time, tests inject a manual one.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, as the simulated cluster sees it. */
  now(): number;
}

/** A clock that only moves when told to. `advance` is driven by the cluster's `advance(ms)`. */
export class ManualClock implements Clock {
  constructor(private ms: number = Date.UTC(2026, 0, 1, 9, 0, 0)) {}
  now(): number {
    return this.ms;
  }
  set(ms: number): void {
    if (ms < this.ms) throw new Error(`clock cannot go backwards (${ms} < ${this.ms})`);
    this.ms = ms;
  }
  advance(ms: number): void {
    this.set(this.ms + ms);
  }
}

/** RFC 3339 with second precision, as the API server writes timestamps. */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
