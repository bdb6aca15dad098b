import YAML from "yaml";
import type { KubeObject } from "../engine/api/types";
import { isStatusError } from "../engine/api/errors";
import type { SimEnvironment } from "../engine/cluster";
import type { Shell } from "../shell/shell";

/** What a lab's setup may do: the same things a person could do on the cluster, nothing more. */
export interface SetupApi {
  /** Create or replace every object in a (multi-document) YAML manifest, as the cluster admin. */
  apply(yaml: string, cluster?: string): KubeObject[];
  /** Create an object as the cluster admin. */
  create(obj: KubeObject, cluster?: string): KubeObject;
  /** Run a command line in an admin shell on the start host; throws if it fails. */
  run(line: string): string;
  writeFile(host: string, path: string, text: string, mode?: number): void;
  /** Rewrite a file through a function (e.g. break one flag of a static pod manifest). */
  editFile(host: string, path: string, edit: (text: string) => string): void;
  removeFile(host: string, path: string): void;
  stopService(host: string, unit: string): void;
  disableService(host: string, unit: string): void;
  /** Let simulated time pass so controllers settle. */
  advance(ms: number): void;
}

export class SetupError extends Error {}

export function setupApi(env: SimEnvironment, shell: Shell): SetupApi {
  const host = (name: string) => {
    const h = env.host(name);
    if (!h) throw new SetupError(`setup: no host ${name}`);
    return h;
  };
  const api = {
    apply(yaml: string, cluster?: string) {
      const client = env.adminClient(cluster);
      return YAML.parseAllDocuments(yaml)
        .map((d) => d.toJS() as KubeObject | null)
        .filter((o): o is KubeObject => !!o)
        .map((obj) => {
          const info = client.resolve(obj.kind);
          if (!info) throw new SetupError(`setup: apply: unknown kind ${obj.kind}`);
          if (info.namespaced) obj.metadata.namespace ??= "default";
          try {
            const current = client.get(info.resource, obj.metadata.name ?? "", obj.metadata.namespace);
            return client.update({ ...obj, metadata: { ...obj.metadata, resourceVersion: current.metadata.resourceVersion } });
          } catch (e) {
            if (!isStatusError(e, "NotFound")) throw e;
            return client.create(obj);
          }
        });
    },
    create: (obj: KubeObject, cluster?: string) => env.adminClient(cluster).create(obj),
    run(line: string) {
      const r = shell.exec(line);
      if (r.exitCode !== 0) throw new SetupError(`setup: "${line}" failed (${r.exitCode}): ${r.stderr}`);
      return r.stdout;
    },
    writeFile: (name: string, path: string, text: string, mode?: number) => host(name).fs.put(path, text, mode),
    editFile(name: string, path: string, edit: (text: string) => string) {
      const fs = host(name).fs;
      if (!fs.exists(path)) throw new SetupError(`setup: ${name}:${path} does not exist`);
      const before = fs.readFile(path);
      const after = edit(before);
      if (after === before) throw new SetupError(`setup: editing ${name}:${path} changed nothing`);
      fs.writeFile(path, after);
    },
    removeFile: (name: string, path: string) => host(name).fs.remove(path),
    stopService: (name: string, unit: string) => host(name).systemd.stop(unit),
    disableService: (name: string, unit: string) => host(name).systemd.disable(unit),
    advance: (ms: number) => env.advance(ms),
  };
  return api;
}
