import type { KubeObject } from "../../engine/api/types";
import { ConnectionError } from "../../engine/environment";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { fromArgs, fromFiles, RESOURCE_HINT, UsageError, type Target } from "../resources";
import { ManifestError } from "../manifests";
import { printWritten } from "../write-result";
import { helpText, writeMode } from "./create/generator";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The selector a Service needs to front this object (Models polymorphichelpers MapBasedSelectorForObject). */
function selectorOf(t: Target): Record<string, string> | string {
  const o = t.obj;
  switch (t.info.resource) {
    case "pods":
      return o.metadata.labels && Object.keys(o.metadata.labels).length ? o.metadata.labels : "the pod has no labels and cannot be exposed";
    case "services":
      return o.spec?.selector ?? "the service has no pod selector set";
    case "replicationcontrollers":
      return o.spec?.selector ?? {};
    case "deployments":
    case "replicasets":
      if (o.spec?.selector?.matchExpressions?.length) return `couldn't convert expressions - "${JSON.stringify(o.spec.selector.matchExpressions)}" to map-based selector format`;
      return o.spec?.selector?.matchLabels ?? {};
    default:
      return `cannot expose a ${t.info.kind}`;
  }
}

/** Ports the object already declares (container ports, or the service's ports). */
function portsOf(t: Target): Obj[] {
  if (t.info.resource === "services") return (t.obj.spec?.ports ?? []).map((p: Obj) => ({ port: p.port, protocol: p.protocol ?? "TCP" }));
  const spec = t.info.resource === "pods" ? t.obj.spec : t.obj.spec?.template?.spec;
  return (spec?.containers ?? []).flatMap((c: Obj) => (c.ports ?? []).map((p: Obj) => ({ port: p.containerPort, protocol: p.protocol ?? "TCP" })));
}

function buildService(k: Kubectl, t: Target): KubeObject | string {
  const selector = selectorOf(t);
  if (typeof selector === "string") return selector;
  const protocol = k.str("protocol") || undefined;
  let ports: Obj[];
  if (k.str("port")) ports = k.str("port")!.split(",").map((p) => ({ port: Number(p), protocol: protocol ?? "TCP" }));
  else ports = portsOf(t).map((p) => ({ ...p, protocol: protocol ?? p.protocol }));
  if (!ports.length) return "couldn't find port via --port flag or introspection";
  const target = k.str("target-port");
  const spec: Obj = {
    ports: ports.map((p, i) => ({ ...(ports.length > 1 ? { name: `port-${i + 1}` } : {}), protocol: p.protocol, port: p.port, targetPort: target ? (/^\d+$/.test(target) ? Number(target) : target) : p.port })),
    selector,
    ...(k.str("cluster-ip") ? { clusterIP: k.str("cluster-ip") } : {}),
    ...(k.str("type") ? { type: k.str("type") } : {}),
    ...(k.str("external-ip") ? { externalIPs: [k.str("external-ip")] } : {}),
    ...(k.str("session-affinity") ? { sessionAffinity: k.str("session-affinity") } : {}),
  };
  const labels = k.str("labels") ? Object.fromEntries(k.str("labels")!.split(",").map((kv) => kv.split("="))) : t.obj.metadata.labels;
  return { kind: "Service", apiVersion: "v1", metadata: { name: k.str("name") || t.obj.metadata.name, creationTimestamp: null, ...(labels && Object.keys(labels).length ? { labels } : {}) }, spec, status: { loadBalancer: {} } };
}

export const expose: Subcommand = {
  name: "expose",
  summary: "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
  flags: [
    { name: "port", type: "string" },
    { name: "target-port", type: "string" },
    { name: "protocol", type: "string" },
    { name: "name", type: "string" },
    { name: "type", type: "string" },
    { name: "selector", type: "string" },
    { name: "labels", short: "l", type: "string" },
    { name: "external-ip", type: "string" },
    { name: "cluster-ip", type: "string" },
    { name: "session-affinity", type: "string" },
    { name: "load-balancer-ip", type: "string" },
    { name: "filename", short: "f", type: "array" },
    { name: "recursive", short: "R", type: "bool" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "output", short: "o", type: "string" },
    { name: "override-type", type: "string", default: "merge" },
    { name: "overrides", type: "string" },
    { name: "save-config", type: "bool" },
    { name: "field-manager", type: "string", default: "kubectl-expose" },
    { name: "show-managed-fields", type: "bool" },
    { name: "template", type: "string" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
  ],
  help: helpText("Create a Service that selects the pods of a deployment, replica set, pod or service.", "kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]", ["kubectl expose deployment web --port=80 --target-port=8080", "kubectl expose pod nginx --port=80 --name=nginx-svc --type=NodePort"], [["--port=''", "Service port (default: the container port)."], ["--target-port=''", "Port the pods listen on."], ["--type=''", "ClusterIP, NodePort or LoadBalancer."], ["--name=''", "Service name (default: the object's)."]]),
  run(k) {
    if (!k.list("filename").length && !k.args.length) return (k.err(`error: ${RESOURCE_HINT}\n`), 1);
    const dry = writeMode(k);
    if (typeof dry === "number") return dry;
    k.discoveryRetries = 1;
    try {
      const targets = k.list("filename").length ? fromFiles(k, false) : fromArgs(k, k.args);
      for (const t of targets) {
        const svc = buildService(k, t);
        if (typeof svc === "string") return (k.err(`error: ${svc}\n`), 1);
        if (dry === "client") {
          printWritten(k, svc, { kind: "Service", group: "" }, "exposed", dry);
          continue;
        }
        const { creationTimestamp: _c, ...meta } = svc.metadata;
        void _c;
        const created = k.client().create({ ...svc, metadata: { ...meta, namespace: t.obj.metadata.namespace ?? k.namespace } }, { dryRun: dry === "server", fieldManager: k.str("field-manager") });
        printWritten(k, created, { kind: "Service", group: "" }, "exposed", dry);
      }
      return 0;
    } catch (e) {
      if (e instanceof ConnectionError && k.list("filename").length) {
        const url = k.connection().server.replace(/\/$/, "");
        k.klog("E", "memcache.go:265", `"Unhandled Error" err="couldn't get current server API group list: Get \\"${url}/api?timeout=32s\\": dial tcp ${e.hostPort}: connect: connection refused"`);
        k.err(`error: unable to recognize "${k.list("filename")[0]}": Get "${url}/api?timeout=32s": dial tcp ${e.hostPort}: connect: connection refused\n`);
        return 1;
      }
      if (e instanceof UsageError) return k.usageError(e.message);
      if (e instanceof ManifestError) return (k.err(`error: ${e.message}\n`), 1);
      return reportError(k, e);
    }
  },
};
