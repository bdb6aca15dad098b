import YAML from "yaml";
import type { KubeObject } from "../engine/api/types";
import type { Kubectl } from "./context";
import { ConnectionError } from "../engine/environment";
import { kustomize, KustomizeError } from "./kustomize";

export class ManifestError extends Error {}

/** Schema validation needs the server's OpenAPI document; with nothing listening kubectl stops here. */
export function checkValidation(k: Kubectl, source: string): void {
  const v = k.flags.validate;
  if (v === false || v === "false" || v === "ignore") return;
  try {
    k.client();
  } catch (e) {
    if (e instanceof ConnectionError && e.kind === "refused") {
      const server = k.connection().server.replace(/\/$/, "");
      throw new ManifestError(`error validating "${source}": error validating data: failed to download openapi: Get "${server}/openapi/v2?timeout=32s": dial tcp ${e.hostPort}: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false`);
    }
    throw e;
  }
}

/** `--validate` as the fieldValidation query parameter kubectl sends (strict by default). */
export function fieldValidation(k: Kubectl): "Strict" | "Warn" | "Ignore" {
  const v = k.flags.validate;
  if (v === false || v === "false" || v === "ignore") return "Ignore";
  return v === "warn" ? "Warn" : "Strict";
}

/** Reads `-f` arguments: files, directories (their .yaml/.yml/.json files), or `-` for stdin. */
export function loadManifests(k: Kubectl, paths: string[]): (KubeObject & { __source: string })[] {
  const fs = k.ctx.host.fs;
  const out: (KubeObject & { __source: string })[] = [];
  const kdir = k.str("kustomize");
  if (kdir) {
    try {
      for (const o of kustomize(fs, k.ctx.resolve(kdir).replace(/\/$/, ""), (w) => k.err(w))) out.push({ ...o, __source: kdir });
    } catch (e) {
      if (e instanceof KustomizeError) throw new ManifestError(e.message);
      throw e;
    }
  }
  for (const p of paths) {
    const sources: [string, string][] = [];
    if (p === "-") sources.push(["STDIN", k.ctx.stdin]);
    else {
      if (/^https?:\/\//.test(p)) throw new ManifestError(`unable to read URL "${p}", server reported 404 Not Found, status code=404`);
      const abs = k.ctx.resolve(p);
      if (!fs.exists(abs)) throw new ManifestError(`the path "${p}" does not exist`);
      if (fs.stat(abs).type === "dir") {
        for (const n of fs.readdir(abs)) if (/\.(ya?ml|json)$/.test(n)) sources.push([`${p.replace(/\/$/, "")}/${n}`, fs.readFile(`${abs}/${n}`)]);
      } else sources.push([p, fs.readFile(abs)]);
    }
    for (const [source, text] of sources) {
      let docs: unknown[];
      try {
        docs = YAML.parseAllDocuments(text).map((d) => {
          if (d.errors.length) throw d.errors[0];
          return d.toJS();
        });
      } catch (e) {
        const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
        throw new ManifestError(`error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${(e as Error).message.split(" at line")[0].toLowerCase()}`);
      }
      for (const d of docs) {
        if (d === null || d === undefined) continue;
        const obj = d as KubeObject;
        if (obj.kind === "List" && Array.isArray(obj.items)) {
          for (const item of obj.items as KubeObject[]) out.push({ ...item, __source: source });
          continue;
        }
        if (!obj.apiVersion || !obj.kind) throw new ManifestError(`error validating "${source}": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false`);
        obj.metadata ??= {};
        out.push({ ...obj, __source: source });
      }
    }
  }
  return out;
}
