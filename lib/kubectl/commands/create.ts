import type { KubeObject } from "../../engine/api/types";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { printWritten, type DryRun } from "../write-result";
import { checkValidation, fieldValidation, loadManifests, ManifestError } from "../manifests";
import { createDeployment } from "./create/deployment";
import { createNamespace, createServiceAccount } from "./create/namespace";
import { createConfigMap } from "./create/configmap";
import { createSecret } from "./create/secret";
import { createService } from "./create/service";
import { createClusterRoleBinding, createRoleBinding } from "./create/bindings";
import { createCronJob, createJob } from "./create/job";
import { createPdb, createPriorityClass, createQuota } from "./create/policy";
import { createIngress } from "./create/ingress";
import { createClusterRole, createRole } from "./create/role";
import { createToken } from "./create/token";
import { GENERATOR_FLAGS, writeMode } from "./create/generator";

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
    printWritten(k, k.client().create(toCreate, { dryRun: dry === "server", fieldValidation: fieldValidation(k) }), info, "created", dry);
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
    { name: "kustomize", short: "k", type: "string" },
    { name: "recursive", short: "R", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "edit", type: "bool" },
    { name: "raw", type: "string" },
    { name: "windows-line-endings", type: "bool" },
    ...GENERATOR_FLAGS,
  ],
  children: [
    createClusterRole,
    createClusterRoleBinding,
    createConfigMap,
    createCronJob,
    createDeployment,
    createIngress,
    createJob,
    createNamespace,
    createPdb,
    createPriorityClass,
    createQuota,
    createRole,
    createRoleBinding,
    createSecret,
    createService,
    createServiceAccount,
    createToken,
  ],
  help: `Create objects from files (-f), a kustomization (-k), or one of the generators below.

Generators:
  clusterrole, clusterrolebinding, configmap (cm), cronjob (cj), deployment (deploy), ingress (ing),
  job, namespace (ns), poddisruptionbudget (pdb), priorityclass (pc), quota, role, rolebinding,
  secret (docker-registry | generic | tls), service (clusterip | externalname | loadbalancer | nodeport),
  serviceaccount (sa), token

Examples:
  kubectl create -f pod.yaml
  kubectl create deployment web --image=nginx --replicas=3 --dry-run=client -o yaml > web.yaml

Options:
    -f, --filename=[]:
	Files, directories or - (stdin) holding the objects to create.
    --dry-run='none':
	none, server or client.
    -o, --output='':
	json, yaml, name, jsonpath=...

Usage:
  kubectl create -f FILENAME [options]

Use "kubectl create <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  run(k) {
    const files = k.list("filename");
    if (!files.length && !k.str("kustomize")) {
      if (k.args.length) return k.usageError(`Unexpected args: [${k.args.join(" ")}]`);
      return (k.err("error: must specify one of -f and -k\n"), 1);
    }
    const dry = writeMode(k);
    if (typeof dry === "number") return dry;
    try {
      let code = 0;
      const objs = loadManifests(k, files);
      for (const o of objs) checkValidation(k, o.__source);
      for (const obj of objs) {
        const { __source, ...clean } = obj;
        code = createObject(k, clean as KubeObject, dry, __source) || code;
      }
      return code;
    } catch (e) {
      if (e instanceof ManifestError) return (k.err(`error: ${e.message}\n`), 1);
      return reportError(k, e);
    }
  },
};
