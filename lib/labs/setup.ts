import type { KubeObject } from "../engine/api/types";
import type { SimEnvironment } from "../engine/cluster";
import type { Shell } from "../shell/shell";

/** What a lab's setup may do: the same things a person could do on the cluster, nothing more. */
export interface SetupApi {
  /** Create an object as the cluster admin (YAML text or an object). */
  create(obj: KubeObject): KubeObject;
  /** Run a command line in an admin shell on the start host; throws if it fails. */
  run(line: string): string;
  writeFile(host: string, path: string, text: string): void;
  stopService(host: string, unit: string): void;
  disableService(host: string, unit: string): void;
  /** Let simulated time pass so controllers settle. */
  advance(ms: number): void;
}

export function setupApi(env: SimEnvironment, shell: Shell): SetupApi {
  const host = (name: string) => {
    const h = env.host(name);
    if (!h) throw new Error(`setup: no host ${name}`);
    return h;
  };
  return {
    create: (obj) => env.adminClient().create(obj),
    run(line) {
      const r = shell.exec(line);
      if (r.exitCode !== 0) throw new Error(`setup: "${line}" failed (${r.exitCode}): ${r.stderr}`);
      return r.stdout;
    },
    writeFile: (name, path, text) => host(name).fs.put(path, text),
    stopService: (name, unit) => host(name).systemd.stop(unit),
    disableService: (name, unit) => host(name).systemd.disable(unit),
    advance: (ms) => env.advance(ms),
  };
}
