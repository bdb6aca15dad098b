/**
 * curl's progress meter (curl 8, lib/progress.c): shown on stderr when the body goes to a file
 * (`-o`, `-O`) and `-s` is not given. One header, a first all-zero line, a line per second spent
 * waiting, and a last line once the body is in; each line starts with `\r` so a terminal redraws
 * it in place. Sizes and speeds use curl's five-character `max5data` form, times `time2str`.
 */

export const METER_HEADER = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n";

const KB = 1024;
const MB = 1024 * KB;

/** A byte count or speed in five characters: `  615`, ` 597k`, `12.3M`, ` 123M`. */
export function max5(bytes: number): string {
  const n = Math.floor(bytes);
  if (n < 100000) return String(n).padStart(5);
  if (n < 10000 * KB) return `${String(Math.floor(n / KB)).padStart(4)}k`;
  if (n < 100 * MB) return `${String(Math.floor(n / MB)).padStart(2)}.${Math.floor((n % MB) / (MB / 10))}M`;
  if (n < 10000 * MB) return `${String(Math.floor(n / MB)).padStart(4)}M`;
  return `${String(Math.floor(n / (1024 * MB))).padStart(4)}G`;
}

/** Whole seconds as `h:mm:ss` in eight characters; nothing known yet is `--:--:--`. */
export function time2str(seconds: number): string {
  const s = Math.floor(seconds);
  if (s <= 0) return "--:--:--";
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${String(h).padStart(2)}:${String(m).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

interface MeterState {
  total: number;
  received: number;
  /** Average download speed in bytes per second. */
  speed: number;
  spentS: number;
}

export function meterLine(st: MeterState): string {
  const pct = st.total > 0 ? Math.floor((st.received * 100) / st.total) : 0;
  const p3 = (n: number) => String(n).padStart(3);
  const totalS = st.total > 0 && st.speed > 0 ? st.total / st.speed : 0;
  const leftS = st.total > 0 && st.speed > 0 ? (st.total - st.received) / st.speed : 0;
  return `\r${p3(pct)} ${max5(st.total)}  ${p3(pct)} ${max5(st.received)}  ${p3(0)} ${max5(0)}  ${max5(st.speed)}  ${max5(0)} ${time2str(totalS)} ${time2str(st.spentS)} ${time2str(leftS)} ${max5(st.speed)}`;
}

/**
 * The meter of a transfer that ended in an error after `waitedMs`: zeros, one line per second
 * waited. A failed name lookup ends on its first line (curl 8 prints no newline before the
 * error); a failed connection or transfer redraws it once more and ends the line.
 */
export function failedMeter(waitedMs: number, stage: "resolve" | "connect" = "connect"): string {
  let out = METER_HEADER + meterLine({ total: 0, received: 0, speed: 0, spentS: 0 });
  if (stage === "connect") out += meterLine({ total: 0, received: 0, speed: 0, spentS: 0 });
  for (let s = 1; s <= Math.floor(waitedMs / 1000); s++) out += meterLine({ total: 0, received: 0, speed: 0, spentS: s });
  return stage === "connect" ? out + "\n" : out;
}

/** The meter of a HEAD request (`-I`): the announced size, nothing received. */
export function headMeter(total: number): string {
  return METER_HEADER + meterLine({ total: 0, received: 0, speed: 0, spentS: 0 }) + meterLine({ total, received: 0, speed: 0, spentS: 0 }) + "\n";
}

/**
 * The meter of a completed download of `bytes`. The simulated network moves 100 MB/s after a
 * 1 ms round trip, so the numbers are the same on every run.
 */
export function doneMeter(bytes: number): string {
  const us = 1000 + Math.floor(bytes / 100);
  const speed = Math.floor((bytes * 1_000_000) / us);
  return METER_HEADER + meterLine({ total: 0, received: 0, speed: 0, spentS: 0 }) + meterLine({ total: bytes, received: bytes, speed, spentS: us / 1_000_000 }) + "\n";
}
