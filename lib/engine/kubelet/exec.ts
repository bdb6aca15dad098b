import type { KubeObject } from "../api/types";
import type { ExecResult, ExecSession } from "../client";
import { containerEnv, type ObjectReader } from "./container-env";
import { containerFiles } from "./container-files";
import { containerNet } from "./container-net";
import { containerInstanceId, diffLayer, layeredFiles, underMount, volumeKey, type LayerStore } from "./container-layer";
import { lookupImage } from "./images";
import { runProcess, type VolumeView } from "./program";
import { volumeView } from "./shared-volumes";

const SHELLS = new Set(["sh", "bash", "ash", "/bin/sh", "/bin/bash", "/bin/ash"]);
/** How long one exec may run on the container's virtual clock. */
const EXEC_HORIZON_MS = 30_000;

/**
 * What the kubelet's /exec endpoint does for one command: runs it in the container (its image's
 * userland, the container's environment and mounted files) and returns its output and status.
 * With `session`, argv is one line typed into an interactive shell (`kubectl exec -it POD -- sh`):
 * it runs in the session's directory, variables and files, and the result carries them on.
 * What it writes outside the container's volume mounts lands in the container's writable layer
 * (`layers`), which later commands in the same container instance see.
 */
export function containerExec(pod: KubeObject, containerName: string | undefined, argv: string[], stdin: string | undefined, now: number, reader: ObjectReader, session?: ExecSession, layers?: LayerStore): ExecResult {
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
  const id = containerInstanceId(pod, spec.name);
  const layer = id ? layers?.get(id) : undefined;
  const view = layeredFiles(mounted, layer);
  const files = session ? { ...view, ...session.files } : view;
  const dirs = [...(layer?.dirs ?? []), ...(session?.dirs ?? [])];
  // A terminal session sees one stream; a plain exec keeps stderr apart.
  let stderr = "";
  const r = runProcess({
    argv: script,
    image,
    env: { ...env.env, ...session?.vars },
    hostname: pod.metadata.name ?? "",
    startMs: now,
    horizonMs: EXEC_HORIZON_MS,
    collect: true,
    files,
    volumes: withStoredWrites(pod, volumeView(pod, spec, reader, now, true), layers),
    cwd: session?.cwd,
    dirs,
    status: session?.status,
    stdinText: script === argv ? stdin : undefined,
    stderr: session ? undefined : (t) => void (stderr += t),
    // Network clients in a script (sh -c 'wget ... | grep') see the pod's network as it is now.
    net: containerNet(reader.network, pod, spec.image),
  });
  if (r.startError) {
    const why = argv[0]?.includes("/") ? `stat ${argv[0]}: no such file or directory` : "executable file not found in $PATH";
    return { stdout: "", stderr: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": ${why}: unknown\n`, exitCode: 126 };
  }
  const mounts = mountPaths(spec);
  // Writes into an emptyDir or a claim stay with the volume.
  const byKey = new Map<string, typeof r.writes>();
  for (const w of r.writes) {
    const key = volumeKey(pod, w.volume);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), w]);
  }
  for (const [key, writes] of byKey) layers?.addWrites(key, writes);
  if (id && layers) {
    const next = diffLayer(mounted, r.files, r.shell.dirs, mounts);
    if (JSON.stringify(next) !== JSON.stringify(layer)) layers.put(id, next);
  }
  const stdout = r.lines.map((l) => (l.open ? l.text : `${l.text}\n`)).join("");
  if (!session) return { stdout, stderr, exitCode: r.exit?.code ?? 0 };
  // The session carries only what it sees under hostPath mounts (the node's files): the layer and the kept volumes hold the rest.
  const kept = ((spec as { volumeMounts?: { name: string; mountPath: string }[] }).volumeMounts ?? []).filter((m) => volumeKey(pod, m.name)).map((m) => m.mountPath.replace(/\/+$/, ""));
  const written = Object.fromEntries([...r.files].filter(([path, text]) => underMount(path, mounts) && !underMount(path, kept) && mounted[path] !== text));
  return { stdout, stderr: "", exitCode: r.exit?.code ?? 0, session: { cwd: r.shell.cwd, vars: r.shell.vars, files: written, dirs: r.shell.dirs.filter((d) => underMount(d, mounts)) } };
}

/** Where the container's volumes are mounted (writes there belong to the volume, not the layer). */
function mountPaths(spec: object): string[] {
  return (((spec as { volumeMounts?: unknown }).volumeMounts ?? []) as { mountPath: string }[]).map((m) => m.mountPath.replace(/\/+$/, "") || "/");
}

/** The volume view with what earlier commands wrote into the container's volumes, in time order. */
function withStoredWrites(pod: KubeObject, view: VolumeView | undefined, layers: LayerStore | undefined): VolumeView | undefined {
  if (!view || !layers) return view;
  const stored = view.mounts.flatMap((m) => {
    const key = volumeKey(pod, m.volume);
    return ((key && layers.writes(key)) || []).map((w) => ({ ...w, volume: m.volume }));
  });
  if (!stored.length) return view;
  return { mounts: view.mounts, writes: [...view.writes, ...stored].sort((a, b) => a.at - b.at) };
}
