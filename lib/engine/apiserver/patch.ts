import type { KubeObject } from "../api/types";
import { badRequest } from "../api/errors";
import type { PatchType } from "../client";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** RFC 7386 JSON merge patch: objects merge, null deletes, everything else replaces. */
export function mergePatch(target: Json, patch: Json): Json {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out: { [k: string]: Json } = target && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k] ?? null, v);
  }
  return out;
}

/** Lists merged by key in a strategic merge patch (patchMergeKey in the upstream types). */
const MERGE_KEYS: Record<string, string> = {
  containers: "name",
  initContainers: "name",
  env: "name",
  ports: "containerPort",
  volumes: "name",
  volumeMounts: "mountPath",
  tolerations: "key",
  imagePullSecrets: "name",
};

/** Strategic merge patch: like merge patch, but known lists of objects merge element-wise by key. */
export function strategicPatch(target: Json, patch: Json, field = ""): Json {
  if (Array.isArray(patch) && Array.isArray(target) && MERGE_KEYS[field]) {
    // Container ports merge on containerPort, service ports on port.
    const key = field === "ports" && !patch.some((p) => p && typeof p === "object" && "containerPort" in p) ? "port" : MERGE_KEYS[field];
    const out = [...target];
    for (const item of patch) {
      const id = item && typeof item === "object" && !Array.isArray(item) ? (item as { [k: string]: Json })[key] : undefined;
      const i = id === undefined ? -1 : out.findIndex((t) => t && typeof t === "object" && !Array.isArray(t) && (t as { [k: string]: Json })[key] === id);
      if (i >= 0) out[i] = strategicPatch(out[i], item);
      else out.push(item);
    }
    return out;
  }
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out: { [k: string]: Json } = target && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = strategicPatch(out[k] ?? null, v, k);
  }
  return out;
}

interface JsonOp {
  op: string;
  path: string;
  value?: Json;
  from?: string;
}

/** RFC 6902 JSON patch (add, remove, replace, test, copy, move). */
export function jsonPatch(target: Json, ops: JsonOp[]): Json {
  const doc = JSON.parse(JSON.stringify(target)) as Json;
  const parse = (p: string) => p.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const walk = (path: string[]): [Json, string] => {
    let cur = doc;
    for (const seg of path.slice(0, -1)) {
      const next = Array.isArray(cur) ? cur[Number(seg)] : cur && typeof cur === "object" ? (cur as { [k: string]: Json })[seg] : undefined;
      if (next === undefined) throw badRequest(`the server rejected our request due to an error in our request`);
      cur = next;
    }
    return [cur, path[path.length - 1]];
  };
  for (const op of ops) {
    const [parent, last] = walk(parse(op.path));
    const container = parent as { [k: string]: Json } & Json[];
    const get = () => (Array.isArray(parent) ? parent[Number(last)] : container[last]);
    switch (op.op) {
      case "add":
        if (Array.isArray(parent)) parent.splice(last === "-" ? parent.length : Number(last), 0, op.value ?? null);
        else container[last] = op.value ?? null;
        break;
      case "replace":
        if (get() === undefined) throw badRequest(`jsonpatch replace operation does not apply: doc is missing key: ${op.path}`);
        container[Array.isArray(parent) ? Number(last) : (last as never)] = op.value ?? null;
        break;
      case "remove":
        if (get() === undefined) throw badRequest(`jsonpatch remove operation does not apply: doc is missing path: ${op.path}`);
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete container[last];
        break;
      case "test":
        if (JSON.stringify(get()) !== JSON.stringify(op.value)) throw badRequest(`testing value ${op.path} failed: test failed`);
        break;
      default:
        throw badRequest(`Unexpected kind: ${op.op}`);
    }
  }
  return doc;
}

export function applyPatch(obj: KubeObject, type: PatchType, patch: unknown): KubeObject {
  const target = obj as unknown as Json;
  if (type === "json") {
    if (!Array.isArray(patch)) throw badRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
    return jsonPatch(target, patch as JsonOp[]) as unknown as KubeObject;
  }
  if (!patch || typeof patch !== "object" || Array.isArray(patch)) throw badRequest("the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml");
  return (type === "merge" ? mergePatch(target, patch as Json) : strategicPatch(target, patch as Json)) as unknown as KubeObject;
}
