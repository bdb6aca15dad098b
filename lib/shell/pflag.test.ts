import { describe, expect, it } from "vitest";
import { parseGoDuration, PFlagError, PFlagSet } from "./pflag";

const set = new PFlagSet([
  { name: "prefix", type: "bool", default: false },
  { name: "limit", type: "int", default: 0 },
  { name: "write-out", short: "w", type: "string", default: "simple" },
  { name: "endpoints", type: "slice", default: ["127.0.0.1:2379"] },
  { name: "command-timeout", type: "duration", default: 5000 },
  { name: "yes", short: "y", type: "bool", default: false },
]);

describe("pflag parsing", () => {
  it.each([
    [["get", "/a", "--prefix"], { prefix: true }, ["get", "/a"]],
    [["--prefix=false", "x"], { prefix: false }, ["x"]],
    [["--limit", "3"], { limit: 3 }, []],
    [["-w", "json"], { "write-out": "json" }, []],
    [["-wjson"], { "write-out": "json" }, []],
    [["-w=table"], { "write-out": "table" }, []],
    [["--endpoints=a:1,b:2"], { endpoints: ["a:1", "b:2"] }, []],
    [["--endpoints", "a:1", "--endpoints", "b:2"], { endpoints: ["a:1", "b:2"] }, []],
    [["--command-timeout=1m30s"], { "command-timeout": 90_000 }, []],
    [["-y", "--", "-w"], { yes: true }, ["-w"]],
  ])("%j", (argv, flags, args) => {
    const p = set.parse(argv as string[]);
    expect(p.flags).toMatchObject(flags);
    expect(p.args).toEqual(args);
  });

  it.each([
    [["--bogus"], "unknown flag: --bogus"],
    [["-x"], "unknown shorthand flag: 'x' in -x"],
    [["--limit"], "flag needs an argument: --limit"],
    [["--limit=abc"], 'invalid argument "abc" for "--limit" flag: strconv.ParseInt: parsing "abc": invalid syntax'],
    [["--prefix=maybe"], 'invalid argument "maybe" for "--prefix" flag: strconv.ParseBool: parsing "maybe": invalid syntax'],
    [["--command-timeout=5"], 'invalid argument "5" for "--command-timeout" flag: time: invalid duration "5"'],
    [["-w"], "flag needs an argument: 'w' in -w"],
  ])("%j fails: %s", (argv, message) => {
    expect(() => set.parse(argv as string[])).toThrow(new PFlagError(message));
  });

  it("takes presets (environment variables) below the command line", () => {
    expect(set.parse(["--endpoints=x:1"], { endpoints: "y:2", "write-out": "json" }).flags).toMatchObject({ endpoints: ["x:1"], "write-out": "json" });
  });

  it.each([
    ["5s", 5000],
    ["500ms", 500],
    ["2h", 7_200_000],
    ["0", 0],
    ["1.5s", 1500],
    ["abc", undefined],
    ["5", undefined],
  ])("parses Go duration %s", (text, ms) => expect(parseGoDuration(text)).toBe(ms));
});
