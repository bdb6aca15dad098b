/** What a check returns: whether it passed, and one sentence saying what was expected and seen. */
export interface CheckResult {
  passed: boolean;
  message: string;
}

export const pass = (message: string): CheckResult => ({ passed: true, message });
export const fail = (message: string): CheckResult => ({ passed: false, message });

/** `expected X, saw Y` — the one wording every failure uses. */
export const expectSaw = (expected: string, saw: string): CheckResult => fail(`expected ${expected}, saw ${saw}`);

/** Passes with `ok` when `cond` holds, else fails with "expected …, saw …". */
export function expectThat(cond: boolean, ok: string, expected: string, saw: string): CheckResult {
  return cond ? pass(ok) : expectSaw(expected, saw);
}
