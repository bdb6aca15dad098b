import { describe, expect, it } from "vitest";
import { CronParseError, mostRecent, nextAfter, parseCron } from "./cron";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(".000Z", "Z"));

describe("cron schedules", () => {
  it.each([
    ["*/5 * * * *", "2026-01-01T09:02:00Z", "2026-01-01T09:05:00Z"],
    ["*/5 * * * *", "2026-01-01T09:05:00Z", "2026-01-01T09:10:00Z"],
    ["0 * * * *", "2026-01-01T09:00:00Z", "2026-01-01T10:00:00Z"],
    ["30 2 * * *", "2026-01-01T09:00:00Z", "2026-01-02T02:30:00Z"],
    ["0 0 1 * *", "2026-01-15T00:00:00Z", "2026-02-01T00:00:00Z"],
    ["0 0 * * 0", "2026-01-01T00:00:00Z", "2026-01-04T00:00:00Z"],
    ["0 0 * * SUN", "2026-01-01T00:00:00Z", "2026-01-04T00:00:00Z"],
    ["0 9 * JAN-MAR MON-FRI", "2026-01-02T09:00:00Z", "2026-01-05T09:00:00Z"],
    ["15,45 8-10 * * *", "2026-01-01T08:50:00Z", "2026-01-01T09:15:00Z"],
    ["0 0 13 * 5", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"],
    ["@hourly", "2026-01-01T09:30:00Z", "2026-01-01T10:00:00Z"],
    ["@daily", "2026-01-01T09:30:00Z", "2026-01-02T00:00:00Z"],
    ["@weekly", "2026-01-01T09:30:00Z", "2026-01-04T00:00:00Z"],
    ["@yearly", "2026-01-01T09:30:00Z", "2027-01-01T00:00:00Z"],
    ["0 0 29 2 *", "2026-01-01T00:00:00Z", "2028-02-29T00:00:00Z"],
    ["5/15 * * * ?", "2026-01-01T09:06:00Z", "2026-01-01T09:20:00Z"],
  ])("%s after %s is %s", (spec, after, next) => {
    expect(iso(nextAfter(parseCron(spec), at(after)))).toBe(next);
  });

  it.each([
    ["* * *", "expected exactly 5 fields, found 3: [* * *]"],
    ["61 * * * *", "end of range (61) above maximum (59): 61"],
    ["* * 0 * *", "beginning of range (0) below minimum (1): 0"],
    ["5-2 * * * *", "beginning of range (5) beyond end of range (2): 5-2"],
    ["*/0 * * * *", "step of range should be a positive number: */0"],
    ["x * * * *", 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax'],
    ["* * * * 7", "end of range (7) above maximum (6): 7"],
    ["@often", "unrecognized descriptor: @often"],
    ["", "empty spec string"],
    ["CRON_TZ=UTC * * * * *", "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"],
  ])("rejects %j: %s", (spec, message) => {
    expect(() => parseCron(spec)).toThrow(new CronParseError(message));
  });

  it("finds the most recent missed time and counts misses", () => {
    expect(mostRecent(parseCron("*/10 * * * *"), at("2026-01-01T09:00:00Z"), at("2026-01-01T09:35:00Z"))).toEqual({ time: at("2026-01-01T09:30:00Z"), missed: 3 });
    expect(mostRecent(parseCron("0 0 * * *"), at("2026-01-01T09:00:00Z"), at("2026-01-01T09:35:00Z"))).toEqual({ time: undefined, missed: 0 });
  });
});
