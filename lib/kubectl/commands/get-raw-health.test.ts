import { describe, expect, it } from "vitest";
import { HEALTH_CHECKS, healthAnswer, healthError } from "./get-raw-health";

describe("API server health endpoints", () => {
  it("answers ok, or the check list with ?verbose", () => {
    expect(healthAnswer("/livez", true)).toEqual({ ok: true, body: "ok" });
    const verbose = healthAnswer("/healthz?verbose", true);
    expect(verbose?.ok && verbose.body.split("\n").slice(0, 3)).toEqual(["[+]ping ok", "[+]log ok", "[+]etcd ok"]);
    expect(verbose?.ok && verbose.body.endsWith("[+]poststarthook/apiservice-openapiv3-controller ok\nhealthz check passed\n")).toBe(true);
    expect(HEALTH_CHECKS.readyz.length).toBe(HEALTH_CHECKS.livez.length + 3);
  });

  it("fails the etcd checks when etcd does not answer, always verbose, and kubectl quotes the first 2048 bytes", () => {
    const r = healthAnswer("/readyz", false);
    expect(r).toMatchObject({ ok: false, code: 500 });
    if (r?.ok !== false) throw new Error("expected a failure");
    expect(r.body).toContain("[+]log ok\n[-]etcd failed: reason withheld\n[-]etcd-readiness failed: reason withheld\n[+]informer-sync ok\n");
    expect(r.body.endsWith("[+]shutdown ok\nreadyz check failed\n")).toBe(true);
    const shown = healthError(r);
    expect(shown.startsWith('Error from server (InternalError): an error on the server ("[+]ping ok\\n[+]log ok\\n[-]etcd failed: reason withheld\\n')).toBe(true);
    expect(shown.endsWith('") has prevented the request from succeeding\n')).toBe(true);
    const livez = healthAnswer("/livez/etcd", false);
    expect(livez?.ok === false && healthError(livez)).toBe('Error from server (InternalError): an error on the server ("internal server error: etcd client connection not yet established") has prevented the request from succeeding\n');
  });

  it("is undefined for other paths and 404 for unknown checks", () => {
    expect(healthAnswer("/version", true)).toBeUndefined();
    expect(healthAnswer("/readyz/nope", true)).toMatchObject({ ok: false, code: 404 });
  });
});
