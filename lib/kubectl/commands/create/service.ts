import type { Subcommand } from "../../context";
import { generator, helpText, meta } from "./generator";

type ServiceType = "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName";

/** `--tcp=port[:targetPort]` → ServicePort named `port-target` (or just the port). */
function ports(specs: string[], nodePort: number): Record<string, unknown>[] | string {
  const out: Record<string, unknown>[] = [];
  for (const s of specs) {
    const [p, t] = s.split(":");
    if (!/^\d+$/.test(p)) return `strconv.ParseUint: parsing "${p}": invalid syntax`;
    const port = Number(p);
    const target = t === undefined ? port : /^\d+$/.test(t) ? Number(t) : t;
    out.push({ name: t === undefined ? p : `${p}-${t}`, protocol: "TCP", port, targetPort: target, ...(nodePort > 0 ? { nodePort } : {}) });
  }
  return out;
}

function serviceGenerator(type: ServiceType, what: string): Subcommand {
  const name = type.toLowerCase();
  return generator({
    name,
    summary: `Create a ${what} service`,
    kind: "Service",
    group: "",
    namespaced: true,
    flags: [
      ...(type === "ExternalName" ? [{ name: "external-name", type: "string" as const, required: true }] : [{ name: "tcp", type: "slice" as const }]),
      ...(type === "ClusterIP" ? [{ name: "clusterip", type: "string" as const }] : []),
      ...(type === "NodePort" ? [{ name: "node-port", type: "int" as const, default: 0 }] : []),
    ],
    help: helpText(`Create a ${type} service selecting pods labelled app=NAME.`, `kubectl create service ${name} NAME ${type === "ExternalName" ? "--external-name external.name" : "[--tcp=<port>:<targetPort>]"} [--dry-run=server|client|none] [options]`, [type === "ExternalName" ? `kubectl create service externalname db --external-name=db.example.com` : `kubectl create service ${name} web --tcp=80:8080`], type === "ExternalName" ? [["--external-name=''", "DNS name to alias."]] : [["--tcp=[]", "port:targetPort pairs."]]),
    build(k, svcName) {
      const labels = { app: svcName };
      let spec: Record<string, unknown>;
      if (type === "ExternalName") spec = { selector: labels, type, externalName: k.str("external-name") };
      else {
        const headless = type === "ClusterIP" && k.str("clusterip") === "None";
        if (!k.list("tcp").length && !headless) return "at least one tcp port specifier must be provided";
        const p = ports(k.list("tcp"), k.int("node-port") ?? 0);
        if (typeof p === "string") return p;
        spec = { ...(p.length ? { ports: p } : {}), selector: labels, ...(k.str("clusterip") ? { clusterIP: k.str("clusterip") } : {}), type };
      }
      return { kind: "Service", apiVersion: "v1", metadata: meta(k, svcName, true, { labels }), spec, status: { loadBalancer: {} } };
    },
  });
}

export const createService: Subcommand = {
  name: "service",
  aliases: ["svc"],
  summary: "Create a service using a specified subcommand",
  flags: [],
  help: "",
  groupHelpTo: "stderr",
  children: [serviceGenerator("ClusterIP", "ClusterIP"), serviceGenerator("ExternalName", "ExternalName"), serviceGenerator("LoadBalancer", "LoadBalancer"), serviceGenerator("NodePort", "NodePort")],
};
