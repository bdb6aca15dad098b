import type { KubeObject } from "../../../engine/api/types";
import type { ResourceInfo } from "../../../engine/client";
import type { Kubectl } from "../../context";
import { PlainError } from "../../context";
import { resolveType } from "../../resources";
import { kindRef } from "../../write-result";

export const ROLLOUT_KINDS = ["deployments", "daemonsets", "statefulsets"];

/** `TYPE/NAME` or `TYPE NAME` → the workload, or an error line. */
export function rolloutTarget(k: Kubectl): { info: ResourceInfo; obj: KubeObject; ref: string } {
  const args = k.args;
  if (!args.length) throw new PlainError("error: required resource not specified");
  const [type, name] = args[0].includes("/") ? args[0].split("/") : [args[0], args[1]];
  const info = resolveType(k, type);
  if (!name) throw new PlainError(`error: resource(s) were provided, but no name was specified`);
  if (!ROLLOUT_KINDS.includes(info.resource)) throw new PlainError(`error: no ${"rollout"} support for kind "${info.kind}"`);
  const obj = k.client().get(info.resource, name, k.namespace);
  return { info, obj, ref: `${kindRef(info)}/${name}` };
}

/** A workload's revisions, oldest first: a Deployment's ReplicaSets, or the ControllerRevisions of a DaemonSet/StatefulSet. */
export function revisions(k: Kubectl, d: KubeObject): { rev: number; rs: KubeObject; template: KubeObject["spec"] }[] {
  const owned = (resource: string) => k.client().list(resource, d.metadata.namespace).items.filter((o) => o.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid));
  if (d.kind === "DaemonSet" || d.kind === "StatefulSet")
    return owned("controllerrevisions")
      .map((cr) => {
        const { $patch: _p, ...template } = ((cr.data as { spec?: { template?: Record<string, unknown> } })?.spec?.template ?? {}) as Record<string, unknown>;
        void _p;
        return { rev: Number(cr.revision ?? 0), rs: cr, template };
      })
      .sort((a, b) => a.rev - b.rev);
  return owned("replicasets")
    .map((rs) => ({ rev: Number(rs.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? 0), rs, template: rs.spec?.template }))
    .sort((a, b) => a.rev - b.rev);
}

/** A pod template without the controller-added pod-template-hash label, for comparisons and undo. */
export function cleanTemplate(t: KubeObject["spec"]): KubeObject["spec"] {
  const copy = structuredClone(t ?? {});
  if (copy.metadata?.labels) delete copy.metadata.labels["pod-template-hash"];
  return copy;
}
