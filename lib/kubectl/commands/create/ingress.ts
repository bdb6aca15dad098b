import type { Kubectl } from "../../context";
import { generator, helpText, meta } from "./generator";

const RULE = /^(?<host>[^/=]*)(?<path>\/[^=]*)=(?<svc>[^:,]+):(?<port>[^,]+)(?:,tls(?:=(?<secret>.+))?)?$/;

function backend(svc: string, port: string) {
  return { service: { name: svc, port: /^\d+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

function build(k: Kubectl, name: string) {
  const rules: { host?: string; http: { paths: unknown[] } }[] = [];
  const tls: { hosts?: string[]; secretName?: string }[] = [];
  for (const r of k.list("rule")) {
    const m = RULE.exec(r);
    if (!m?.groups) return `rule ${r} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`;
    const { host, svc, port, secret } = m.groups;
    let path = m.groups.path;
    let pathType = "Exact";
    if (path.endsWith("*")) {
      path = path.slice(0, -1);
      pathType = "Prefix";
    }
    const entry = { path, pathType, backend: backend(svc, port) };
    const existing = rules.find((x) => (x.host ?? "") === host);
    if (existing) existing.http.paths.push(entry);
    else rules.push({ ...(host ? { host } : {}), http: { paths: [entry] } });
    if (r.includes(",tls")) {
      const t = tls.find((x) => (x.secretName ?? "") === (secret ?? ""));
      if (t && host) (t.hosts ??= []).push(host);
      else if (!t) tls.push({ ...(host ? { hosts: [host] } : {}), ...(secret ? { secretName: secret } : {}) });
    }
  }
  const def = k.str("default-backend");
  if (!rules.length && !def) return "not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)";
  const annotations = Object.fromEntries(k.list("annotation").map((a) => [a.split("=")[0], a.split("=").slice(1).join("=")]));
  let defaultBackend;
  if (def) {
    const [svc, port] = def.split(":");
    defaultBackend = backend(svc, port ?? "");
  }
  return {
    kind: "Ingress",
    apiVersion: "networking.k8s.io/v1",
    metadata: { ...meta(k, name, true), ...(Object.keys(annotations).length ? { annotations } : {}) },
    spec: { ...(k.str("class") ? { ingressClassName: k.str("class") } : {}), ...(defaultBackend ? { defaultBackend } : {}), ...(tls.length ? { tls } : {}), ...(rules.length ? { rules } : {}) },
    status: { loadBalancer: {} },
  };
}

export const createIngress = generator({
  name: "ingress",
  aliases: ["ing"],
  summary: "Create an ingress with the specified name",
  kind: "Ingress",
  group: "networking.k8s.io",
  namespaced: true,
  flags: [
    { name: "rule", type: "array" },
    { name: "class", type: "string" },
    { name: "default-backend", type: "string" },
    { name: "annotation", type: "array" },
  ],
  help: helpText("Create an Ingress from host/path=service:port rules; a path ending in * matches by prefix.", "kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options]", ["kubectl create ingress web --rule='shop.example.com/*=web:80'", "kubectl create ingress web --class=nginx --rule='example.com/api=api:8080,tls=api-tls'"], [["--rule=[]", "host/path=service:port[,tls[=secret]]."], ["--class=''", "IngressClass name."], ["--default-backend=''", "service:port for unmatched traffic."], ["--annotation=[]", "key=value annotations."]]),
  build,
});
