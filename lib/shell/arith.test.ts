import { describe, expect, it } from "vitest";
import { evalArith } from "./arith";

const run = (expr: string, vars: Record<string, string> = {}) => {
  try {
    return evalArith(expr, { get: (n) => vars[n], set: (n, v) => (vars[n] = v) });
  } catch (e) {
    return (e as Error).message;
  }
};

describe("bash arithmetic", () => {
  it.each([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["2 ** 3 ** 2", 512],
    ["-7 / 2", -3],
    ["-5 % 3", -2],
    ["0x1f + 010 + 2#101", 44],
    ["1 < 2 && 2 < 1", 0],
    ["0 || 1/0", "0 || 1/0: division by 0 (error token is \"0\")"],
    ["1 ? 2 : 3", 2],
    ["!0 + ~0", 0],
    ["4/0+1", 'division by 0 (error token is "0+1")'],
    ["5 = 3", 'attempted assignment to non-variable (error token is "= 3")'],
    ["1 +* 2", 'syntax error: operand expected (error token is "* 2")'],
    ["3 ? 4", "`:' expected for conditional expression (error token is \"4\")"],
    ["abc@", 'syntax error: invalid arithmetic operator (error token is "@")'],
    ["08", 'value too great for base (error token is "08")'],
    ["2**-1", 'exponent less than 0 (error token is "1")'],
    ["a b", 'syntax error in expression (error token is "b")'],
  ])("%s", (expr, want) => {
    const got = run(expr);
    if (typeof want === "number") expect(got).toBe(want);
    else expect(String(got)).toBe(want.startsWith(expr) ? want : `${expr}: ${want}`);
  });

  it("reads and assigns variables", () => {
    const vars: Record<string, string> = { x: "5", y: "x + 1" };
    expect(run("x += 2, y * 2", vars)).toBe(16);
    expect(vars.x).toBe("7");
    expect(run("i++ + ++i", vars)).toBe(2);
  });
});
