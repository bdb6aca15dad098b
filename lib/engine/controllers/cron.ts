/**
 * Five-field cron schedules as the CronJob controller reads them (robfig/cron v3 standard parser):
 * minute hour day-of-month month day-of-week, with `*`, `?`, lists, ranges, steps, month and
 * weekday names, and the @yearly/@monthly/@weekly/@daily/@hourly descriptors. Times are UTC.
 */

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const FIELDS: Bounds[] = [{ min: 0, max: 59 }, { min: 0, max: 23 }, { min: 1, max: 31 }, { min: 1, max: 12, names: MONTHS }, { min: 0, max: 6, names: DAYS }];

const DESCRIPTORS: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

export interface CronSchedule {
  /** Allowed values per field (minute, hour, dom, month, dow). */
  sets: Set<number>[];
  /** Whether day-of-month / day-of-week were `*` or `?` (then the other one alone decides). */
  domStar: boolean;
  dowStar: boolean;
}

export class CronParseError extends Error {}

/** Go's strconv.Atoi error text. */
function parseIntStrict(s: string, expr: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new CronParseError(`failed to parse int from ${s}: strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = Number(s);
  if (n < 0) throw new CronParseError(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

function value(s: string, b: Bounds, expr: string): number {
  const named = b.names?.[s.toLowerCase()];
  return named !== undefined ? named : parseIntStrict(s, expr);
}

/** One comma-separated term: `*`, `?`, `n`, `a-b`, with an optional `/step`. Models getRange. */
function range(expr: string, b: Bounds, out: Set<number>): boolean {
  const slash = expr.split("/");
  if (slash.length > 2) throw new CronParseError(`too many slashes: ${expr}`);
  const dash = slash[0].split("-");
  if (dash.length > 2) throw new CronParseError(`too many hyphens: ${expr}`);
  let start: number;
  let end: number;
  let star = false;
  if (dash[0] === "*" || dash[0] === "?") {
    [start, end, star] = [b.min, b.max, true];
  } else {
    start = value(dash[0], b, expr);
    end = dash.length === 2 ? value(dash[1], b, expr) : start;
  }
  let step = 1;
  if (slash.length === 2) {
    step = parseIntStrict(slash[1], expr);
    if (step <= 0) throw new CronParseError(`step of range should be a positive number: ${expr}`);
    if (!star && dash.length === 1) end = b.max;
    if (step > 1) star = false;
  }
  if (start < b.min) throw new CronParseError(`beginning of range (${start}) below minimum (${b.min}): ${expr}`);
  if (end > b.max) throw new CronParseError(`end of range (${end}) above maximum (${b.max}): ${expr}`);
  if (start > end) throw new CronParseError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  for (let v = start; v <= end; v += step) out.add(v);
  return star;
}

/** Parses a schedule or throws CronParseError with robfig/cron's wording. */
export function parseCron(spec: string): CronSchedule {
  const trimmed = spec.trim();
  if (!trimmed) throw new CronParseError("empty spec string");
  if (/^(CRON_)?TZ=/.test(trimmed)) throw new CronParseError("cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
  let text = trimmed;
  if (text.startsWith("@")) {
    const d = DESCRIPTORS[text];
    if (!d) throw new CronParseError(`unrecognized descriptor: ${text}`);
    text = d;
  }
  const fields = text.split(/\s+/);
  if (fields.length !== 5) throw new CronParseError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(" ")}]`);
  const stars: boolean[] = [];
  const sets = fields.map((f, i) => {
    const out = new Set<number>();
    let star = false;
    for (const term of f.split(",")) star = range(term, FIELDS[i], out) || star;
    stars.push(star);
    return out;
  });
  return { sets, domStar: stars[2], dowStar: stars[4] };
}

function dayMatches(s: CronSchedule, d: Date): boolean {
  const dom = s.sets[2].has(d.getUTCDate());
  const dow = s.sets[4].has(d.getUTCDay());
  if (s.domStar || s.dowStar) return dom && dow;
  return dom || dow;
}

/** The first scheduled minute strictly after `afterMs` (UTC), or undefined within five years. */
export function nextAfter(s: CronSchedule, afterMs: number): number | undefined {
  const d = new Date(Math.floor(afterMs / 60_000) * 60_000 + 60_000);
  const limit = afterMs + 5 * 366 * 86_400_000;
  while (d.getTime() <= limit) {
    if (!s.sets[3].has(d.getUTCMonth() + 1)) {
      d.setUTCMonth(d.getUTCMonth() + 1, 1);
      d.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!dayMatches(s, d)) {
      d.setUTCDate(d.getUTCDate() + 1);
      d.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!s.sets[1].has(d.getUTCHours())) {
      d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0);
      continue;
    }
    if (!s.sets[0].has(d.getUTCMinutes())) {
      d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0);
      continue;
    }
    return d.getTime();
  }
  return undefined;
}

/** The latest scheduled time in (sinceMs, nowMs], and how many were missed in that window (capped at 101). */
export function mostRecent(s: CronSchedule, sinceMs: number, nowMs: number): { time?: number; missed: number } {
  let t = nextAfter(s, sinceMs);
  let last: number | undefined;
  let missed = 0;
  while (t !== undefined && t <= nowMs && missed <= 100) {
    last = t;
    missed++;
    t = nextAfter(s, t);
  }
  return { time: last, missed };
}
