import { describe, expect, it } from "vitest";
import { passwordProblems, weakPasswordMessage, hashPassword, verifyPassword } from "./password";
import { roleFor } from "./roles";
import { lockedFor, MAX_FAILURES, recordFailure, recordSuccess, WINDOW_MS, tooManyMessage, type ThrottleRecord, type ThrottleStore } from "./throttle";

describe("password policy", () => {
  it.each([
    ["short1", ["at least 8 characters"]],
    ["longenough", ["a digit"]],
    ["12345678", ["a letter"]],
    ["", ["at least 8 characters", "a letter", "a digit"]],
    ["kubelab2026", []],
  ])("%s", (pw, expected) => {
    expect(passwordProblems(pw)).toEqual(expected);
  });

  it("words the error", () => {
    expect(weakPasswordMessage(["a digit"])).toBe("Password is too weak: it needs a digit.");
  });

  it("hashes and verifies", async () => {
    const h = await hashPassword("kubelab2026");
    expect(h).not.toContain("kubelab2026");
    expect(await verifyPassword("kubelab2026", h)).toBe(true);
    expect(await verifyPassword("wrong", h)).toBe(false);
  });
});

describe("roles", () => {
  it("makes the first user an instructor", () => expect(roleFor("a@x.io", 0, "")).toBe("instructor"));
  it("makes later users students", () => expect(roleFor("b@x.io", 3, "")).toBe("student"));
  it("honours INSTRUCTOR_EMAILS", () => expect(roleFor("Teach@X.io", 3, "other@x.io, teach@x.io")).toBe("instructor"));
});

describe("sign-in throttle", () => {
  const memory = (): ThrottleStore => {
    const m = new Map<string, ThrottleRecord>();
    return { read: async (k) => m.get(k) ?? null, write: async (k, r) => void m.set(k, r), clear: async (k) => void m.delete(k) };
  };

  it("locks a key after the maximum failures, until the window ends", async () => {
    const s = memory();
    const t0 = 1_000_000;
    for (let i = 0; i < MAX_FAILURES - 1; i++) await recordFailure(s, "a", t0);
    expect(await lockedFor(s, "a", t0)).toBe(0);
    await recordFailure(s, "a", t0);
    expect(await lockedFor(s, "a", t0)).toBe(15);
    expect(await lockedFor(s, "a", t0 + WINDOW_MS - 60_000)).toBe(1);
    expect(await lockedFor(s, "a", t0 + WINDOW_MS)).toBe(0);
    expect(tooManyMessage(15)).toBe("Too many sign-in attempts, try again in 15 minutes.");
  });

  it("clears on success", async () => {
    const s = memory();
    for (let i = 0; i < MAX_FAILURES; i++) await recordFailure(s, "a", 0);
    await recordSuccess(s, "a");
    expect(await lockedFor(s, "a", 0)).toBe(0);
  });
});
