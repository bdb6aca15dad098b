import type { KubeObject } from "../engine/api/types";
import { enhanceListError } from "./list-errors";
import { resourceRef, type ResourceInfo } from "../engine/client";
import { PlainError, type Kubectl } from "./context";
import { loadManifests } from "./manifests";

/** One object a command acts on, with its resource type and where it came from. */
export interface Target {
  info: ResourceInfo;
  obj: KubeObject;
  source?: string;
}

export const RESOURCE_HINT = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

export class UsageError extends Error {}

/** A pseudo ResourceInfo for a manifest read with --local (no server to ask). */
function localInfo(obj: KubeObject): ResourceInfo {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : ["", obj.apiVersion];
  return { resource: `${obj.kind.toLowerCase()}s`, singular: obj.kind.toLowerCase(), kind: obj.kind, group, version, namespaced: true, shortNames: [], verbs: [] };
}

/** Objects from -f files; --local keeps them client-side, otherwise they are fetched from the server. */
export function fromFiles(k: Kubectl, local: boolean): Target[] {
  return loadManifests(k, k.list("filename")).map(({ __source, ...o }) => {
    const obj = o as KubeObject;
    if (local) return { info: localInfo(obj), obj, source: __source };
    const info = k.client().discovery().find((d) => d.kind === obj.kind && (d.group ? `${d.group}/${d.version}` : d.version) === obj.apiVersion);
    if (!info) throw new PlainError(`error: unable to recognize "${__source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"`);
    const ns = info.namespaced ? (obj.metadata.namespace ?? k.namespace) : undefined;
    return { info, obj: k.client().get(resourceRef(info), obj.metadata.name!, ns), source: __source };
  });
}

export function resolveType(k: Kubectl, type: string): ResourceInfo {
  const info = k.client().resolve(type);
  if (!info) throw new PlainError(`error: the server doesn't have a resource type "${type.split(".")[0]}"`);
  return info;
}

/**
 * Resolves `TYPE NAME...`, `TYPE/NAME...`, `TYPE -l sel`, `TYPE --all` into server objects.
 * `args` are the resource arguments only (the caller strips key=value updates etc.).
 */
export function fromArgs(k: Kubectl, args: string[], opts: { selector?: string; all?: boolean; allNamespaces?: boolean } = {}): Target[] {
  const ns = k.namespace;
  const out: Target[] = [];
  const nsFor = (info: ResourceInfo) => (info.namespaced ? ns : undefined);
  if (args.some((a) => a.includes("/"))) {
    for (const a of args) {
      const [type, name] = a.split("/");
      if (!name) throw new PlainError("error: arguments in resource/name form must have a single resource and name");
      const info = resolveType(k, type);
      out.push({ info, obj: k.client().get(resourceRef(info), name, nsFor(info)) });
    }
    return out;
  }
  const [types, ...names] = args;
  const infos = types.split(",").map((t) => resolveType(k, t));
  if (names.length) {
    if (infos.length > 1) throw new PlainError("error: you may only specify a single resource type");
    for (const n of names) out.push({ info: infos[0], obj: k.client().get(resourceRef(infos[0]), n, nsFor(infos[0])) });
    return out;
  }
  if (!opts.selector && !opts.all) throw new UsageError(`resource(s) were provided, but no name was specified`);
  for (const info of infos) {
    let list;
    try {
      list = k.client().list(resourceRef(info), info.namespaced && !opts.allNamespaces ? ns : undefined, { labelSelector: opts.selector });
    } catch (e) {
      throw enhanceListError(e, info, opts.selector);
    }
    for (const obj of list.items) out.push({ info, obj });
  }
  return out;
}
