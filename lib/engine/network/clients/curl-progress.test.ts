import { describe, expect, it } from "vitest";
import { doneMeter, failedMeter, headMeter, max5, meterLine, time2str } from "./curl-progress";

describe("curl progress meter", () => {
  it("fits sizes in five characters as curl's max5data does", () => {
    expect([max5(0), max5(615), max5(99999), max5(100000), max5(9999 * 1024), max5(10240000), max5(99 * 1024 * 1024)]).toEqual(["    0", "  615", "99999", "  97k", "9999k", " 9.7M", "99.0M"]);
  });

  it("prints times as h:mm:ss, or dashes while unknown", () => {
    expect([time2str(0), time2str(0.4), time2str(61), time2str(3725)]).toEqual(["--:--:--", "--:--:--", " 0:01:01", " 1:02:05"]);
  });

  it("lays out one meter line", () => {
    expect(meterLine({ total: 615, received: 615, speed: 611332, spentS: 0.001 })).toBe("\r100   615  100   615    0     0   597k      0 --:--:-- --:--:-- --:--:--  597k");
  });

  it("shows zeros then the finished transfer", () => {
    expect(doneMeter(615).split("\r")).toEqual([
      "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n",
      "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0",
      "100   615  100   615    0     0   597k      0 --:--:-- --:--:-- --:--:--  597k\n",
    ]);
  });

  it("counts the seconds a failed transfer waited", () => {
    expect(failedMeter(2500).split("\r").slice(1)).toEqual(["  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0", "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0", "  0     0    0     0    0     0      0      0 --:--:--  0:00:01 --:--:--     0", "  0     0    0     0    0     0      0      0 --:--:--  0:00:02 --:--:--     0\n"]);
  });

  it("ends a failed name lookup on its first line (curl prints the error right after it)", () => {
    expect(failedMeter(0, "resolve").split("\r").slice(1)).toEqual(["  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0"]);
  });

  it("shows a HEAD request's announced size with nothing received", () => {
    expect(headMeter(45).split("\r").slice(2)).toEqual(["  0    45    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n"]);
  });
});
