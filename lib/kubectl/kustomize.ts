import YAML from "yaml";
import type { KubeObject } from "../engine/api/types";
import type { FileSystem } from "../engine/host";
import { toBase64 } from "../shell/commands/text";
import { appendHash } from "./commands/create/hash";

/** A small kustomize (v5.5) for the fields CKA tasks use; Models sigs.k8s.io/kustomize api/krusty. */
export class KustomizeError extends Error {}

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const KIND_ORDER = ["Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service", "LimitRange", "PriorityClass", "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet", "CronJob", "PodDisruptionBudget"];
const LAST = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];
const rank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : LAST.includes(kind) ? 1000 + LAST.indexOf(kind) : 500);

/** Generated objects that get a content-hash name suffix once all name transforms are done. */
const HASHED = new WeakSet<Obj>();

/** Points pod-template references at a generated object's final (hashed) name. */
function renameRefs(o: Obj, kind: string, from: string, to: string): void {
  const spec = o.kind === "Pod" ? o.spec : o.kind === "CronJob" ? o.spec?.jobTemplate?.spec?.template?.spec : o.spec?.template?.spec;
  if (!spec) return;
  const ref = (r: Obj | undefined, key = "name") => r && r[key] === from && (r[key] = to);
  for (const v of spec.volumes ?? []) kind === "ConfigMap" ? ref(v.configMap) : ref(v.secret, "secretName");
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    for (const e of c.env ?? []) ref(kind === "ConfigMap" ? e.valueFrom?.configMapKeyRef : e.valueFrom?.secretKeyRef);
    for (const e of c.envFrom ?? []) ref(kind === "ConfigMap" ? e.configMapRef : e.secretRef);
  }
}

const DEPRECATED: Record<string, string> = { commonLabels: "labels", patchesStrategicMerge: "patches", patchesJson6902: "patches", bases: "resources", vars: "replacements" };

function kustomizationFile(fs: FileSystem, dir: string): string {
  for (const n of ["kustomization.yaml", "kustomization.yml", "Kustomization"]) if (fs.exists(`${dir}/${n}`)) return `${dir}/${n}`;
  if (!fs.exists(dir) || fs.stat(dir).type !== "dir") throw new KustomizeError(`must build at directory: not a valid directory: evalsymlink failure on '${dir}' : lstat ${dir}: no such file or directory`);
  throw new KustomizeError(`unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${dir}'`);
}

function addLabels(o: Obj, labels: Record<string, string>, selectors: boolean, templates: boolean): void {
  o.metadata.labels = { ...(o.metadata.labels ?? {}), ...labels };
  if (!selectors && !templates) return;
  const spec = o.spec;
  if (!spec) return;
  if (selectors) {
    if (o.kind === "Service") spec.selector = { ...(spec.selector ?? {}), ...labels };
    else if (spec.selector) spec.selector.matchLabels = { ...(spec.selector.matchLabels ?? {}), ...labels };
  }
  if ((templates || selectors) && spec.template) spec.template.metadata = { ...(spec.template.metadata ?? {}), labels: { ...(spec.template.metadata?.labels ?? {}), ...labels } };
}

function generate(fs: FileSystem, dir: string, gen: Obj, kind: "ConfigMap" | "Secret", ns?: string): Obj {
  const data: Record<string, string> = {};
  for (const lit of gen.literals ?? []) data[lit.slice(0, lit.indexOf("="))] = lit.slice(lit.indexOf("=") + 1);
  for (const f of gen.files ?? []) {
    const [key, path] = f.includes("=") ? [f.slice(0, f.indexOf("=")), f.slice(f.indexOf("=") + 1)] : [f.split("/").pop(), f];
    data[key] = fs.readFile(`${dir}/${path}`);
  }
  for (const f of gen.envs ?? [])
    for (const line of fs.readFile(`${dir}/${f}`).split("\n")) if (line.trim() && !line.startsWith("#")) data[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
  const sorted = Object.fromEntries(Object.keys(data).sort().map((key) => [key, kind === "Secret" ? toBase64(data[key]) : data[key]]));
  const type = gen.type ?? (kind === "Secret" ? "Opaque" : undefined);
  const obj: Obj = { apiVersion: "v1", kind, metadata: { name: gen.name, ...(ns ? { namespace: ns } : {}) }, ...(Object.keys(sorted).length ? { data: sorted } : {}), ...(type ? { type } : {}) };
  if (!gen.options?.disableNameSuffixHash) HASHED.add(obj);
  return obj;
}

/** Builds a kustomization directory into objects; `warn` receives kustomize's deprecation notices. */
export function kustomize(fs: FileSystem, dir: string, warn: (line: string) => void): KubeObject[] {
  const k = (YAML.parse(fs.readFile(kustomizationFile(fs, dir))) ?? {}) as Obj;
  for (const [old, repl] of Object.entries(DEPRECATED)) if (k[old]) warn(`# Warning: '${old}' is deprecated. Please use '${repl}' instead. Run 'kustomize edit fix' to update your Kustomization automatically.\n`);
  let objs: Obj[] = [];
  for (const r of [...(k.resources ?? []), ...(k.bases ?? [])]) {
    const path = `${dir}/${r}`.replace(/\/\.\//g, "/");
    if (!fs.exists(path)) throw new KustomizeError(`accumulating resources: accumulation err='accumulating resources from '${r}': open ${path}: no such file or directory'`);
    if (fs.stat(path).type === "dir") objs.push(...kustomize(fs, path, warn));
    else for (const d of YAML.parseAllDocuments(fs.readFile(path))) if (d.toJS()) objs.push(d.toJS());
  }
  const renamed: Record<string, string> = {};
  for (const g of k.configMapGenerator ?? []) objs.push(generate(fs, dir, g, "ConfigMap", k.namespace));
  for (const g of k.secretGenerator ?? []) objs.push(generate(fs, dir, g, "Secret", k.namespace));
  for (const o of objs) {
    o.metadata ??= {};
    const before = o.metadata.name;
    if (k.namePrefix || k.nameSuffix) o.metadata.name = `${k.namePrefix ?? ""}${o.metadata.name}${k.nameSuffix ?? ""}`;
    renamed[`${o.kind}/${before}`] = o.metadata.name;
    if (k.namespace && o.kind !== "Namespace" && !/^Cluster/.test(o.kind)) o.metadata.namespace = k.namespace;
    if (k.commonLabels) addLabels(o, k.commonLabels, true, true);
    for (const l of k.labels ?? []) addLabels(o, l.pairs ?? {}, !!l.includeSelectors, !!l.includeTemplates);
    if (k.commonAnnotations) {
      o.metadata.annotations = { ...(o.metadata.annotations ?? {}), ...k.commonAnnotations };
      if (o.spec?.template) o.spec.template.metadata = { ...(o.spec.template.metadata ?? {}), annotations: { ...(o.spec.template.metadata?.annotations ?? {}), ...k.commonAnnotations } };
    }
    for (const img of k.images ?? []) {
      for (const c of [...(o.spec?.template?.spec?.containers ?? []), ...(o.spec?.template?.spec?.initContainers ?? []), ...(o.kind === "Pod" ? (o.spec?.containers ?? []) : [])]) {
        const [base] = c.image.split(/[:@]/);
        if (base !== img.name) continue;
        c.image = `${img.newName ?? base}${img.digest ? `@${img.digest}` : img.newTag ? `:${img.newTag}` : c.image.slice(base.length)}`;
      }
    }
    // The replicas transformer only touches kinds with a replica count (its fieldSpecs).
    for (const r of k.replicas ?? []) if (before === r.name && o.spec && ["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet"].includes(o.kind)) o.spec.replicas = r.count;
  }
  for (const g of objs.filter((o) => HASHED.has(o))) {
    const base = g.metadata.name;
    g.metadata.name = appendHash(base, g.kind === "Secret" ? { data: g.data ?? {}, kind: g.kind, name: base, type: g.type ?? "" } : { data: g.data ?? {}, kind: g.kind, name: base });
    const original = Object.keys(renamed).find((key) => renamed[key] === base && key.startsWith(`${g.kind}/`))?.split("/")[1] ?? base;
    for (const o of objs) {
      renameRefs(o, g.kind, original, g.metadata.name);
      renameRefs(o, g.kind, base, g.metadata.name);
    }
  }
  objs = objs.map((o, i) => ({ o, i })).sort((a, b) => rank(a.o.kind) - rank(b.o.kind) || (rank(a.o.kind) === 500 ? (a.o.kind < b.o.kind ? -1 : a.o.kind > b.o.kind ? 1 : 0) : 0) || a.i - b.i).map((x) => x.o);
  return objs as KubeObject[];
}
