import { resourceRef } from "../../engine/client";
import type { KubeObject } from "../../engine/api/types";
import { reportError, type Kubectl } from "../context";
import { apiserverVersion, serverBuildInfo } from "./version";
import { healthAnswer, healthError } from "./get-raw-health";

/** Flags that filter the request, which `--raw` refuses (get.go Validate: watch, watch-only, selector). */
const FILTERING_FLAGS = ["watch", "watch-only", "selector"];

class RawNotFound extends Error {}

/** The API server's JSON for an object or list as a raw GET returns it: kind first, compact, one line. */
function wire(obj: KubeObject): string {
  const { kind, apiVersion, ...rest } = obj;
  return JSON.stringify({ kind, apiVersion, ...rest });
}

function listWire(kind: string, apiVersion: string, items: KubeObject[], resourceVersion: string): string {
  const bare = items.map(({ kind: _k, apiVersion: _a, ...rest }) => rest);
  return JSON.stringify({ kind: `${kind}List`, apiVersion, metadata: { resourceVersion }, items: bare });
}

/** `/api/v1/...` or `/apis/<group>/<version>/...` → the resource request it names. */
function parseResourcePath(path: string): { group: string; version: string; namespace?: string; resource: string; name?: string } {
  const parts = path.split("/").filter(Boolean);
  let group = "";
  let rest: string[];
  let version: string;
  if (parts[0] === "api" && parts.length >= 3) [version, rest] = [parts[1], parts.slice(2)];
  else if (parts[0] === "apis" && parts.length >= 4) [group, version, rest] = [parts[1], parts[2], parts.slice(3)];
  else throw new RawNotFound();
  let namespace: string | undefined;
  if (rest[0] === "namespaces" && rest.length >= 3) [namespace, rest] = [rest[1], rest.slice(2)];
  if (rest.length < 1 || rest.length > 2) throw new RawNotFound();
  return { group, version, namespace, resource: rest[0], name: rest[1] };
}

class RawHttpError extends Error {}

function answer(k: Kubectl, path: string): string {
  const [route] = path.split("?");
  const client = k.client();
  // A connected client means the API server reached etcd (it does not serve without it).
  const health = healthAnswer(path, true);
  if (health) {
    if (!health.ok) throw new RawHttpError(healthError(health));
    return health.body;
  }
  if (route === "/version") return `${JSON.stringify(serverBuildInfo(apiserverVersion(client)), null, 2)}\n`;
  const req = parseResourcePath(route);
  if (req.group === "metrics.k8s.io" && req.version === "v1beta1") {
    const items = req.resource === "nodes" && !req.namespace ? client.nodeMetrics(req.name) : req.resource === "pods" ? client.podMetrics(req.namespace, req.name) : undefined;
    if (!items) throw new RawNotFound();
    const kind = req.resource === "nodes" ? "NodeMetrics" : "PodMetrics";
    return `${req.name ? wire(items[0]) : listWire(kind, "metrics.k8s.io/v1beta1", items, "")}\n`;
  }
  const info = client.discovery().find((r) => r.resource === req.resource && r.group === req.group && r.version === req.version);
  if (!info || (req.namespace && !info.namespaced)) throw new RawNotFound();
  const apiVersion = info.group ? `${info.group}/${info.version}` : info.version;
  if (req.name) return `${wire(client.get(resourceRef(info), req.name, req.namespace))}\n`;
  const list = client.list(resourceRef(info), req.namespace);
  return `${listWire(info.kind, apiVersion, list.items, list.resourceVersion)}\n`;
}

/** `kubectl get --raw PATH`: the body of a GET on the API server, printed as it comes. */
export function getRaw(k: Kubectl, path: string): number {
  if (k.args.length) return (k.err("error: arguments may not be passed when --raw is specified\n"), 1);
  if (k.str("output")) return (k.err("error: --raw and --output are mutually exclusive\n"), 1);
  if (FILTERING_FLAGS.some((f) => k.flags[f] === true || (typeof k.flags[f] === "string" && k.flags[f] !== ""))) {
    return (k.err("error: --raw may not be specified with other flags that filter the server request or alter the output\n"), 1);
  }
  if (!path.startsWith("/")) return (k.err(`error: --raw must be a valid URL path: parse "${path}": invalid URI for request\n`), 1);
  try {
    k.out(answer(k, path));
    return 0;
  } catch (e) {
    if (e instanceof RawNotFound) return (k.err("Error from server (NotFound): the server could not find the requested resource\n"), 1);
    if (e instanceof RawHttpError) return (k.err(e.message), 1);
    return reportError(k, e);
  }
}
