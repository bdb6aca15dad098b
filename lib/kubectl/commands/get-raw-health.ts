/**
 * kube-apiserver's health endpoints as `kubectl get --raw` shows them: /healthz, /livez and /readyz,
 * `?verbose` check lists, `?exclude=NAME`, and one check at `/readyz/NAME`.
 * Models staging/src/k8s.io/apiserver/pkg/server/healthz/healthz.go (handleRootHealth,
 * adaptCheckToHandler); the check names are those a v1.32 kubeadm API server installs.
 */

const POST_START_HOOKS = [
  "start-apiserver-admission-initializer",
  "generic-apiserver-start-informers",
  "priority-and-fairness-config-consumer",
  "priority-and-fairness-filter",
  "storage-object-count-tracker-hook",
  "start-apiextensions-informers",
  "start-apiextensions-controllers",
  "crd-informer-synced",
  "start-system-namespaces-controller",
  "start-cluster-authentication-info-controller",
  "start-kube-apiserver-identity-lease-controller",
  "start-kube-apiserver-identity-lease-garbage-collector",
  "start-legacy-token-tracking-controller",
  "start-service-ip-repair-controllers",
  "rbac/bootstrap-roles",
  "scheduling/bootstrap-system-priority-classes",
  "priority-and-fairness-config-producer",
  "bootstrap-controller",
  "aggregator-reload-proxy-client-cert",
  "start-kube-aggregator-informers",
  "apiservice-status-local-available-controller",
  "apiservice-status-remote-available-controller",
  "apiservice-registration-controller",
  "apiservice-discovery-controller",
  "kube-apiserver-autoregistration",
].map((h) => `poststarthook/${h}`);

/** Checks after the post-start hooks, in the order the server registers them. */
const TAIL = ["autoregister-completion", "poststarthook/apiservice-openapi-controller", "poststarthook/apiservice-openapiv3-controller"];

const LIVEZ = ["ping", "log", "etcd", ...POST_START_HOOKS, ...TAIL];

export const HEALTH_CHECKS: Record<string, string[]> = {
  healthz: LIVEZ,
  livez: LIVEZ,
  readyz: ["ping", "log", "etcd", "etcd-readiness", "informer-sync", ...POST_START_HOOKS, ...TAIL, "shutdown"],
};

/** What the server answers: a body, or an error status with a plain-text body. */
export type HealthAnswer = { ok: true; body: string } | { ok: false; code: 404 | 500; body: string };

/** Checks that fail when etcd does not answer. */
const ETCD_CHECKS = new Set(["etcd", "etcd-readiness"]);

/**
 * The answer to `GET /<endpoint>[/<check>][?verbose][&exclude=…]`, or undefined when the path is not
 * a health endpoint. `etcdUp` decides the etcd checks; everything else passes.
 */
export function healthAnswer(path: string, etcdUp: boolean): HealthAnswer | undefined {
  const [route, query = ""] = path.split("?");
  const m = /^\/(healthz|livez|readyz)(?:\/(.+))?$/.exec(route);
  if (!m) return undefined;
  const endpoint = m[1];
  const checks = HEALTH_CHECKS[endpoint];
  const failing = (name: string) => !etcdUp && ETCD_CHECKS.has(name);
  if (m[2] !== undefined) {
    if (!checks.includes(m[2])) return { ok: false, code: 404, body: "404 page not found\n" };
    return failing(m[2]) ? { ok: false, code: 500, body: `internal server error: etcd client connection not yet established\n` } : { ok: true, body: "ok" };
  }
  const params = query.split("&").filter(Boolean);
  const verbose = params.some((p) => p === "verbose" || p.startsWith("verbose="));
  const excluded = new Set(params.filter((p) => p.startsWith("exclude=")).map((p) => decodeURIComponent(p.slice(8))));
  let out = "";
  const failed: string[] = [];
  for (const name of checks) {
    if (excluded.delete(name)) out += `[+]${name} excluded: ok\n`;
    else if (failing(name)) {
      out += `[-]${name} failed: reason withheld\n`;
      failed.push(name);
    } else out += `[+]${name} ok\n`;
  }
  if (excluded.size) out += `warn: some health checks cannot be excluded: no matches for ${[...excluded].sort().map((e) => `"${e}"`).join(",")}\n`;
  // Always verbose on failure; http.Error adds the newline.
  if (failed.length) return { ok: false, code: 500, body: `${out}${endpoint} check failed\n` };
  return { ok: true, body: verbose ? `${out}${endpoint} check passed\n` : "ok" };
}

/**
 * client-go's error for a non-Status body (newUnstructuredResponseError): the text trimmed and cut
 * at 2048 bytes, quoted Go-style inside kubectl's `Error from server` line.
 */
export function healthError(answer: { code: 404 | 500; body: string }): string {
  if (answer.code === 404) return "Error from server (NotFound): the server could not find the requested resource\n";
  const text = answer.body.slice(0, 2048).trim();
  return `Error from server (InternalError): an error on the server (${JSON.stringify(text)}) has prevented the request from succeeding\n`;
}
