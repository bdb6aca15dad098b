import { isStatusError } from "../../../engine/api/errors";
import { reportError, type Subcommand } from "../../context";
import { helpText } from "./generator";

const b64url = (s: string) => btoa(s).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

/** `kubectl create token SA`: a bound service-account token (a JWT the simulated API server would accept). */
export const createToken: Subcommand = {
  name: "token",
  summary: "Request a service account token",
  flags: [
    { name: "duration", type: "string", default: "0s" },
    { name: "audience", type: "array" },
    { name: "bound-object-kind", type: "string" },
    { name: "bound-object-name", type: "string" },
    { name: "output", short: "o", type: "string" },
  ],
  help: helpText("Print a short-lived token for a service account.", "kubectl create token SERVICE_ACCOUNT_NAME [options]", ["kubectl create token build-bot", "kubectl create token build-bot --duration=10m"], [["--duration=0s", "Requested lifetime (default one hour)."], ["--audience=[]", "Intended audiences."]]),
  run(k) {
    if (k.args.length !== 1) return k.usageError(`exactly one NAME is required, got ${k.args.length}`);
    const name = k.args[0];
    const ns = k.namespace;
    try {
      const sa = k.client().get("serviceaccounts", name, ns);
      const dur = /^(\d+)([smh])$/.exec(k.str("duration") ?? "");
      const seconds = dur && Number(dur[1]) > 0 ? Number(dur[1]) * { s: 1, m: 60, h: 3600 }[dur[2] as "s" | "m" | "h"] : 3600;
      const iat = Math.floor(k.now / 1000);
      const rand = k.ctx.environment.rand;
      const header = b64url(JSON.stringify({ alg: "RS256", kid: rand.string(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") }));
      const payload = b64url(
        JSON.stringify({
          aud: k.list("audience").length ? k.list("audience") : ["https://kubernetes.default.svc.cluster.local"],
          exp: iat + seconds,
          iat,
          iss: "https://kubernetes.default.svc.cluster.local",
          jti: `${rand.string(8, "0123456789abcdef")}-${rand.string(4, "0123456789abcdef")}-${rand.string(4, "0123456789abcdef")}-${rand.string(4, "0123456789abcdef")}-${rand.string(12, "0123456789abcdef")}`,
          "kubernetes.io": { namespace: ns, serviceaccount: { name, uid: sa.metadata.uid } },
          nbf: iat,
          sub: `system:serviceaccount:${ns}:${name}`,
        }),
      );
      k.out(`${header}.${payload}.${rand.string(342, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}\n`);
      return 0;
    } catch (e) {
      if (isStatusError(e)) return (k.err(`error: failed to create token: ${e.message}\n`), 1);
      if (e instanceof Error && e.name === "ConnectionError") {
        const server = k.connection().server.replace(/\/$/, "");
        k.err(`error: failed to create token: Post "${server}/api/v1/namespaces/${ns}/serviceaccounts/${name}/token": ${e.message}\n`);
        return 1;
      }
      return reportError(k, e);
    }
  },
};
