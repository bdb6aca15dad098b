import type { KubeObject } from "../../engine/api/types";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { checkWriteOutput, dryRunMode, printWritten, type DryRun } from "../write-result";
import { loadManifests, ManifestError } from "../manifests";
import { toBase64 } from "../../shell/commands/text";

/** Generators: `kubectl create <what> NAME ...` builds an object in Go field order (json output keeps it). */
type Generator = (k: Kubectl, name: string) => KubeObject | string;

function fromLiterals(k: Kubectl): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const lit of (k.flags["from-literal"] as string[] | undefined) ?? []) {
    const eq = lit.indexOf("=");
    if (eq <= 0) return `invalid literal source ${lit}, expected key=value`;
    out[lit.slice(0, eq)] = lit.slice(eq + 1);
  }
  for (const f of (k.flags["from-file"] as string[] | undefined) ?? []) {
    const [key, path] = f.includes("=") ? f.split("=") : [f.split("/").pop()!, f];
    const abs = k.ctx.resolve(path);
    if (!k.ctx.host.fs.exists(abs)) return `error reading ${path}: no such file or directory`;
    out[key] = k.ctx.host.fs.readFile(abs);
  }
  return out;
}

const generators: Record<string, Generator> = {
  namespace: (_k, name) => ({ kind: "Namespace", apiVersion: "v1", metadata: { name, creationTimestamp: null }, spec: {}, status: {} }),
  deployment(k, name) {
    const image = (k.flags.image as string[] | undefined) ?? [];
    if (!image.length) return `required flag(s) "image" not set`;
    const containers = image.map((img) => {
      const base = img.split("/").pop()!.split(":")[0].split("@")[0];
      return { name: base, image: img, ...(k.str("port") ? { ports: [{ containerPort: Number(k.str("port")) }] } : {}), resources: {} };
    });
    return {
      kind: "Deployment",
      apiVersion: "apps/v1",
      metadata: { name, creationTimestamp: null, labels: { app: name } },
      spec: { replicas: Number(k.flags.replicas ?? 1), selector: { matchLabels: { app: name } }, template: { metadata: { creationTimestamp: null, labels: { app: name } }, spec: { containers } }, strategy: {} },
      status: {},
    };
  },
  configmap(k, name) {
    const data = fromLiterals(k);
    if (typeof data === "string") return data;
    return { kind: "ConfigMap", apiVersion: "v1", metadata: { name, creationTimestamp: null }, ...(Object.keys(data).length ? { data } : {}) };
  },
  "secret generic"(k, name) {
    const data = fromLiterals(k);
    if (typeof data === "string") return data;
    const encoded = Object.fromEntries(Object.entries(data).map(([key, v]) => [key, toBase64(v)]));
    return { kind: "Secret", apiVersion: "v1", metadata: { name, creationTimestamp: null }, ...(Object.keys(encoded).length ? { data: encoded } : {}) };
  },
  serviceaccount: (_k, name) => ({ kind: "ServiceAccount", apiVersion: "v1", metadata: { name, creationTimestamp: null } }),
};

const ALIASES: Record<string, string> = { ns: "namespace", deploy: "deployment", cm: "configmap", sa: "serviceaccount" };

function createObject(k: Kubectl, obj: KubeObject, dry: DryRun, source?: string): number {
  const info = k.client().discovery().find((d) => d.kind === obj.kind && (d.group ? `${d.group}/${d.version}` : d.version) === obj.apiVersion);
  if (!info) {
    k.err(`error: resource mapping not found for name: "${obj.metadata?.name}" namespace: "${obj.metadata?.namespace ?? ""}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first\n`);
    return 1;
  }
  if (dry === "client") {
    printWritten(k, obj, info, "created", dry);
    return 0;
  }
  const toCreate = { ...obj, metadata: { ...obj.metadata, creationTimestamp: undefined } };
  if (info.namespaced) {
    const flagNs = k.str("namespace");
    if (flagNs && obj.metadata.namespace && flagNs !== obj.metadata.namespace) {
      k.err(`error: the namespace from the provided object "${obj.metadata.namespace}" does not match the namespace "${flagNs}". You must pass '--namespace=${obj.metadata.namespace}' to perform this operation.\n`);
      return 1;
    }
    toCreate.metadata.namespace = obj.metadata.namespace ?? k.namespace;
  }
  try {
    printWritten(k, k.client().create(toCreate, { dryRun: dry === "server" }), info, "created", dry);
    return 0;
  } catch (e) {
    return reportError(k, e, source ? `error when creating "${source}"` : undefined);
  }
}

export const create: Subcommand = {
  name: "create",
  summary: "Create a resource from a file or from stdin",
  flags: [
    { name: "filename", short: "f", type: "array" },
    { name: "dry-run", type: "string" },
    { name: "output", short: "o", type: "string" },
    { name: "image", type: "array" },
    { name: "replicas", short: "r", type: "int", default: 1 },
    { name: "port", type: "string" },
    { name: "from-literal", type: "array" },
    { name: "from-file", type: "array" },
    { name: "save-config", type: "bool" },
    { name: "recursive", short: "R", type: "bool" },
  ],
  help: `Create objects from files or from a generator.

Generators: namespace, deployment, configmap, secret generic, serviceaccount.

Examples:
  kubectl create -f pod.yaml
  kubectl create namespace prod
  kubectl create deployment web --image=nginx --replicas=3 --port=80
  kubectl create configmap app --from-literal=mode=prod --dry-run=client -o yaml

Options:
  --dry-run='none': client or server.
  -f, --filename=[]: Files, directories or - (stdin) with the objects to create.
  -o, --output='': yaml, json, name, jsonpath=...

Usage:
  kubectl create -f FILENAME [options]
`,
  run(k) {
    const dry = dryRunMode(k);
    if (!["none", "client", "server"].includes(dry)) return (k.err(`error: ${dry}\n`), 1);
    const outErr = checkWriteOutput(k);
    if (outErr) return (k.err(`error: ${outErr}\n`), 1);
    const files = k.flags.filename as string[] | undefined;
    try {
      if (files?.length) {
        let code = 0;
        for (const obj of loadManifests(k, files)) {
          const { __source, ...clean } = obj;
          code = createObject(k, clean as KubeObject, dry as DryRun, __source) || code;
        }
        return code;
      }
      let [what, name] = k.args;
      if (what === "secret") [what, name] = [`secret ${k.args[1]}`, k.args[2]];
      what = ALIASES[what] ?? what;
      const gen = what ? generators[what] : undefined;
      if (!gen) return what ? (k.err(`error: unknown command "${k.args[0]}" for "kubectl create"\n`), 1) : k.usageError("must specify one of -f and -k");
      if (!name) return k.usageError(`NAME is required`);
      const obj = gen(k, name);
      if (typeof obj === "string") return (k.err(`error: ${obj}\n`), 1);
      return createObject(k, obj, dry as DryRun);
    } catch (e) {
      if (e instanceof ManifestError) return (k.err(`error: ${e.message}\n`), 1);
      return reportError(k, e);
    }
  },
};
