import type { KubeObject } from "../api/types";
import type { ExecResult, ExecSession } from "../client";
import { containerEnv, type ObjectReader } from "./container-env";
import { containerFiles } from "./container-files";
import { lookupImage } from "./images";
import { runProcess } from "./program";
import { volumeView } from "./shared-volumes";

const SHELLS = new Set(["sh", "bash", "ash", "/bin/sh", "/bin/bash", "/bin/ash"]);
/** How long one exec may run on the container's virtual clock. */
const EXEC_HORIZON_MS = 30_000;

/**
 * What the kubelet's /exec endpoint does for one command: runs it in the container (its image's
 * userland, the container's environment and mounted files) and returns its output and status.
 * With `session`, argv is one line typed into an interactive shell (`kubectl exec -it POD -- sh`):
 * it runs in the session's directory, variables and files, and the result carries them on.
 */
export function containerExec(pod: KubeObject, containerName: string | undefined, argv: string[], stdin: string | undefined, now: number, reader: ObjectReader, session?: ExecSession): ExecResult {
  const containers = (pod.spec?.containers ?? []) as { name: string; image: string }[];
  // Init containers run one at a time; a native sidecar (restartPolicy: Always) keeps running beside the app.
  const inits = (pod.spec?.initContainers ?? []) as { name: string; image: string }[];
  const running = (n: string) => !!(pod.status?.initContainerStatuses ?? []).find((s: { name: string }) => s.name === n)?.state?.running;
  const ephemeral = (pod.spec?.ephemeralContainers ?? []) as { name: string; image: string }[];
  const spec = containers.find((c) => c.name === (containerName ?? containers[0]?.name)) ?? inits.find((c) => c.name === containerName && running(c.name)) ?? ephemeral.find((c) => c.name === containerName);
  if (!spec) return { stdout: "", stderr: `error: unable to upgrade connection: container ${containerName} not found in pod ${pod.metadata.name}\n`, exitCode: 1 };
  const image = lookupImage(spec.image);
  const env = containerEnv(pod, spec, reader);
  if (!image || "error" in env) return { stdout: "", stderr: `error: unable to upgrade connection: container not found ("${spec.name}")\n`, exitCode: 1 };
  const script = argv.length === 1 && SHELLS.has(argv[0]) && stdin ? [argv[0], "-c", stdin] : argv;
  const mounted = containerFiles(pod, spec, reader);
  const files = session ? { ...mounted, ...session.files } : mounted;
  const r = runProcess({ argv: script, image, env: { ...env.env, ...session?.vars }, hostname: pod.metadata.name ?? "", startMs: now, horizonMs: EXEC_HORIZON_MS, collect: true, files, volumes: volumeView(pod, spec, reader, now, true), cwd: session?.cwd, dirs: session?.dirs, status: session?.status });
  if (r.startError) {
    const why = argv[0]?.includes("/") ? `stat ${argv[0]}: no such file or directory` : "executable file not found in $PATH";
    return { stdout: "", stderr: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": ${why}: unknown\n`, exitCode: 126 };
  }
  const stdout = r.lines.map((l) => (l.open ? l.text : `${l.text}\n`)).join("");
  if (!session) return { stdout, stderr: "", exitCode: r.exit?.code ?? 0 };
  const written = Object.fromEntries([...r.files].filter(([path, text]) => mounted[path] !== text));
  return { stdout, stderr: "", exitCode: r.exit?.code ?? 0, session: { cwd: r.shell.cwd, vars: r.shell.vars, files: written, dirs: r.shell.dirs } };
}
