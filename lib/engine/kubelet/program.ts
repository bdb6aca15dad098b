import { Stop, type RunInput, type RunResult } from "./process-state";
import { Proc } from "./script-run";

/**
 * What one container instance does over simulated time: runs its command (busybox-like shell
 * semantics) on a virtual clock that starts at 0 when the container starts. Pure: the same inputs
 * give the same log lines, files and exit, so logs are recomputed on demand instead of stored.
 *
 * The process's state and I/O live in process-state.ts, the script interpreter in script-run.ts,
 * word expansion in script-expand.ts and the commands in applets.ts.
 */
export type { RunInput, RunResult, VolumeView, VolumeWrite } from "./process-state";
export { Proc, Stop };

/** Kubernetes expands `$(VAR)` in command and args from the container's env; `$$(VAR)` escapes it. */
export function expandKubeRefs(s: string, env: Record<string, string>): string {
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name) => (m === "$$" ? "$" : name in env ? env[name] : m));
}

/** Runs a container's process from its start up to the horizon. */
export function runProcess(input: RunInput): RunResult {
  const proc = new Proc(input);
  const result = (exit?: RunResult["exit"], startError?: string): RunResult => {
    proc.flush();
    return { lines: proc.lines, exit, startError, files: proc.files, listens: proc.listens, memoryMi: proc.memoryMi, serving: proc.serving, writes: proc.writes, shell: { cwd: proc.cwd, vars: proc.vars, dirs: [...proc.dirs] } };
  };
  const [first] = input.argv;
  if (first === undefined || !proc.has(first)) {
    const why = first?.includes("/") ? `stat ${first}: no such file or directory` : "executable file not found in $PATH";
    return result(undefined, `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${first}": ${why}: unknown`);
  }
  try {
    const code = proc.command(input.argv, proc.log);
    return result({ at: proc.t, code });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    if (e.kind === "exit") return result({ at: proc.t, code: e.code, ...(proc.oom ? { oom: true } : {}) });
    if (e.kind === "forever") proc.serving = true;
    return result();
  }
}
