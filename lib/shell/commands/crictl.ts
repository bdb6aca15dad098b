import type { Command, CommandContext } from "../types";
import { containerLog, humanAgo, nodeRuntime, type RtContainer, type RtPod } from "../node/runtime";

/** crictl v1.32 against the node's containerd: ps, pods, images, inspect, inspectp, logs, info, version. */

const SOCK = "unix:///run/containerd/containerd.sock";

/** Go text/tabwriter as crictl configures it: min width 20, padding 3, last column unpadded. */
export function tabwrite(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.slice(0, -1).forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 20, c.length + 3)));
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]) : c)).join("") + "\n").join("");
}

/** go-units HumanDuration + " ago", as crictl prints CREATED. */
function ago(fromMs: number, nowMs: number): string {
  const s = (nowMs - fromMs) / 1000;
  if (s < 1) return "Less than a second ago";
  if (Math.floor(s) === 1) return "1 second ago";
  if (s < 60) return `${Math.floor(s)} seconds ago`;
  const m = Math.floor(s / 60);
  if (m === 1) return "About a minute ago";
  if (m < 60) return `${m} minutes ago`;
  const h = Math.round(s / 3600);
  if (h === 1) return "About an hour ago";
  return humanAgo(fromMs, nowMs).replace(/^\d+ hours ago$/, `${h} hours ago`);
}

const IMAGE_SIZES: Record<string, string> = {
  "registry.k8s.io/kube-apiserver": "28.7MB",
  "registry.k8s.io/kube-controller-manager": "26.3MB",
  "registry.k8s.io/kube-scheduler": "20.6MB",
  "registry.k8s.io/kube-proxy": "30.9MB",
  "registry.k8s.io/etcd": "57.7MB",
  "registry.k8s.io/coredns/coredns": "18.6MB",
  "registry.k8s.io/pause": "320kB",
  "docker.io/calico/node": "142MB",
  "docker.io/library/nginx": "72.1MB",
  "docker.io/library/busybox": "2.17MB",
  "docker.io/library/redis": "45.8MB",
  "docker.io/library/httpd": "58.2MB",
};

function fullImage(image: string): { repo: string; tag: string } {
  const at = image.split("@")[0];
  const slash = at.lastIndexOf("/");
  const colon = at.lastIndexOf(":");
  let repo = colon > slash ? at.slice(0, colon) : at;
  const tag = colon > slash ? at.slice(colon + 1) : "latest";
  if (!repo.includes("/")) repo = `docker.io/library/${repo}`;
  else if (!/^[^/]+\.[^/]+\//.test(repo) && !repo.startsWith("localhost/")) repo = `docker.io/${repo}`;
  return { repo, tag };
}

function unavailable(ctx: CommandContext): boolean {
  if (ctx.host.systemd.status("containerd")?.active === "active") return false;
  ctx.err(`FATA[0000] validate service connection: validate CRI v1 runtime API for endpoint "${SOCK}": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: no such file or directory"\n`);
  return true;
}

function findContainer(list: RtContainer[], id: string): RtContainer | undefined {
  const hits = list.filter((c) => c.id.startsWith(id));
  return hits.length === 1 ? hits[0] : undefined;
}

const rfc3339nano = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_m, f: string) => `.${f}000000Z`);

function inspectJson(c: RtContainer): unknown {
  const labels = { "io.kubernetes.container.name": c.name, "io.kubernetes.pod.name": c.pod.name, "io.kubernetes.pod.namespace": c.pod.namespace, "io.kubernetes.pod.uid": c.pod.uid };
  return {
    status: {
      id: c.id,
      metadata: { attempt: c.attempt, name: c.name },
      state: c.state === "Running" ? "CONTAINER_RUNNING" : c.state === "Exited" ? "CONTAINER_EXITED" : "CONTAINER_CREATED",
      createdAt: rfc3339nano(c.createdMs),
      startedAt: rfc3339nano(c.startedMs),
      finishedAt: c.finishedMs !== undefined ? rfc3339nano(c.finishedMs) : "0001-01-01T00:00:00Z",
      exitCode: c.exitCode ?? 0,
      image: { annotations: {}, image: `${fullImage(c.image).repo}:${fullImage(c.image).tag}`, runtimeHandler: "", userSpecifiedImage: "" },
      imageRef: `${fullImage(c.image).repo}@sha256:${c.imageId}`,
      reason: c.state === "Exited" ? (c.exitCode ? "Error" : "Completed") : "",
      message: "",
      labels,
      annotations: { "io.kubernetes.container.restartCount": String(c.attempt), "io.kubernetes.container.terminationMessagePath": "/dev/termination-log", "io.kubernetes.container.terminationMessagePolicy": "File", "io.kubernetes.pod.terminationGracePeriod": "30" },
      mounts: [],
      logPath: `/var/log/pods/${c.pod.namespace}_${c.pod.name}_${c.pod.uid}/${c.name}/${c.attempt}.log`,
      resources: null,
    },
    info: {
      sandboxID: c.pod.id,
      pid: c.state === "Running" ? c.pid : 0,
      removing: false,
      snapshotKey: c.id,
      snapshotter: "overlayfs",
      runtimeType: "io.containerd.runc.v2",
      runtimeOptions: { systemd_cgroup: true },
      config: {
        metadata: { name: c.name, attempt: c.attempt },
        image: { image: c.image },
        args: c.argv,
        labels,
        log_path: `${c.name}/${c.attempt}.log`,
      },
      runtimeSpec: { ociVersion: "1.2.0", process: { user: { uid: 0, gid: 0 }, args: c.argv, cwd: "/" }, hostname: c.pod.hostNetwork ? "" : c.pod.name },
    },
  };
}

function podJson(p: RtPod): unknown {
  return {
    status: {
      id: p.id,
      metadata: { attempt: p.attempt, name: p.name, namespace: p.namespace, uid: p.uid },
      state: p.ready ? "SANDBOX_READY" : "SANDBOX_NOTREADY",
      createdAt: rfc3339nano(p.createdMs),
      network: { additionalIps: [], ip: p.hostNetwork ? "" : p.ip },
      linux: { namespaces: { options: { ipc: "POD", network: p.hostNetwork ? "NODE" : "POD", pid: "CONTAINER", targetId: "", userNsOptions: null } } },
      labels: { ...p.labels, "io.kubernetes.pod.name": p.name, "io.kubernetes.pod.namespace": p.namespace, "io.kubernetes.pod.uid": p.uid },
      annotations: p.annotations,
      runtimeHandler: "",
    },
  };
}

const USAGE = `NAME:
   crictl - client for CRI

USAGE:
   crictl [global options] command [command options]

COMMANDS:
   images, image, img  List images
   info                Display information of the container runtime
   inspect             Display the status of one or more containers
   inspecti            Return the status of one or more images
   inspectp            Display the status of one or more pods
   logs                Fetch the logs of a container
   pods                List pods
   ps                  List containers
   version             Display runtime version information
   help, h             Shows a list of commands or help for one command
`;

export const crictl: Command = {
  name: "crictl",
  usage: "crictl COMMAND [options]",
  run(argv, ctx) {
    const args = argv.slice(1).filter((a) => !/^--(runtime-endpoint|image-endpoint)=/.test(a));
    const [verb, ...rest] = args;
    if (!verb || verb === "help" || verb === "-h" || verb === "--help") {
      ctx.out(USAGE);
      return 0;
    }
    const flags = new Set(rest.filter((a) => a.startsWith("-")));
    const operands = rest.filter((a) => !a.startsWith("-"));
    const has = (...f: string[]) => f.some((x) => flags.has(x));
    const output = rest.find((a) => a.startsWith("-o=") || a.startsWith("--output="))?.split("=")[1] ?? (rest.includes("-o") ? rest[rest.indexOf("-o") + 1] : undefined);
    if (verb === "version") {
      if (unavailable(ctx)) return 1;
      ctx.out("Version:  0.1.0\nRuntimeName:  containerd\nRuntimeVersion:  1.7.24\nRuntimeApiVersion:  v1\n");
      return 0;
    }
    if (!["ps", "pods", "images", "image", "img", "inspect", "inspectp", "inspecti", "logs", "info"].includes(verb)) {
      ctx.err(`FATA[0000] Command "${verb}" not found.\n`);
      return 1;
    }
    if (unavailable(ctx)) return 1;
    const now = ctx.environment.clock.now();
    const rt = nodeRuntime(ctx);
    switch (verb) {
      case "ps": {
        const all = has("-a", "--all");
        const name = rest.find((a) => a.startsWith("--name="))?.slice(7) ?? (rest.includes("--name") ? rest[rest.indexOf("--name") + 1] : undefined);
        let list = rt.containers.filter((c) => all || c.state === "Running").filter((c) => !name || new RegExp(name).test(c.name));
        list = list.sort((a, b) => b.createdMs - a.createdMs);
        if (has("-q", "--quiet")) {
          ctx.out(list.map((c) => c.id + "\n").join(""));
          return 0;
        }
        if (output === "json") {
          ctx.out(JSON.stringify({ containers: list.map((c) => ({ id: c.id, podSandboxId: c.pod.id, metadata: { name: c.name, attempt: c.attempt }, image: { image: `sha256:${c.imageId}` }, imageRef: `sha256:${c.imageId}`, state: c.state === "Running" ? "CONTAINER_RUNNING" : "CONTAINER_EXITED", createdAt: String(c.createdMs * 1_000_000), labels: { "io.kubernetes.container.name": c.name, "io.kubernetes.pod.name": c.pod.name, "io.kubernetes.pod.namespace": c.pod.namespace } })) }, null, 2) + "\n");
          return 0;
        }
        const rows = [["CONTAINER", "IMAGE", "CREATED", "STATE", "NAME", "ATTEMPT", "POD ID", "POD", "NAMESPACE"], ...list.map((c) => [c.id.slice(0, 13), c.imageId.slice(0, 13), ago(c.createdMs, now), c.state, c.name, String(c.attempt), c.pod.id.slice(0, 13), c.pod.name, c.pod.namespace])];
        ctx.out(tabwrite(rows));
        return 0;
      }
      case "pods": {
        const name = rest.find((a) => a.startsWith("--name="))?.slice(7) ?? (rest.includes("--name") ? rest[rest.indexOf("--name") + 1] : undefined);
        const ns = rest.find((a) => a.startsWith("--namespace="))?.slice(12) ?? (rest.includes("--namespace") ? rest[rest.indexOf("--namespace") + 1] : undefined);
        const list = rt.pods.filter((p) => (!name || new RegExp(name).test(p.name)) && (!ns || new RegExp(ns).test(p.namespace))).sort((a, b) => b.createdMs - a.createdMs);
        if (has("-q", "--quiet")) {
          ctx.out(list.map((p) => p.id + "\n").join(""));
          return 0;
        }
        ctx.out(tabwrite([["POD ID", "CREATED", "STATE", "NAME", "NAMESPACE", "ATTEMPT", "RUNTIME"], ...list.map((p) => [p.id.slice(0, 13), ago(p.createdMs, now), p.ready ? "Ready" : "NotReady", p.name, p.namespace, String(p.attempt), "(default)"])]));
        return 0;
      }
      case "images":
      case "image":
      case "img": {
        const images = new Map<string, { repo: string; tag: string; id: string }>();
        for (const c of rt.containers) {
          const { repo, tag } = fullImage(c.image);
          images.set(`${repo}:${tag}`, { repo, tag, id: c.imageId });
        }
        images.set("registry.k8s.io/pause:3.10", { repo: "registry.k8s.io/pause", tag: "3.10", id: "873ed75102791e5b0b8a7fcd41606c92fcec98d56d05ead4ac5131650004c136" });
        const list = [...images.values()].sort((a, b) => (a.repo === b.repo ? a.tag.localeCompare(b.tag) : a.repo.localeCompare(b.repo)));
        if (has("-q", "--quiet")) {
          ctx.out(list.map((i) => `sha256:${i.id}\n`).join(""));
          return 0;
        }
        ctx.out(tabwrite([["IMAGE", "TAG", "IMAGE ID", "SIZE"], ...list.map((i) => [i.repo, i.tag, i.id.slice(0, 13), IMAGE_SIZES[i.repo] ?? "48.3MB"])]));
        return 0;
      }
      case "inspect":
      case "inspectp": {
        if (operands.length === 0) {
          ctx.err(`FATA[0000] ID cannot be empty\n`);
          return 1;
        }
        const outs: unknown[] = [];
        for (const id of operands) {
          const found = verb === "inspect" ? findContainer(rt.containers, id) : rt.pods.filter((p) => p.id.startsWith(id)).length === 1 ? rt.pods.find((p) => p.id.startsWith(id)) : undefined;
          if (!found) {
            ctx.err(verb === "inspect" ? `FATA[0000] getting the status of the container "${id}": rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found\n` : `FATA[0000] getting the pod sandbox status for "${id}": rpc error: code = NotFound desc = an error occurred when try to find sandbox "${id}": not found\n`);
            return 1;
          }
          outs.push(verb === "inspect" ? inspectJson(found as RtContainer) : podJson(found as RtPod));
        }
        for (const o of outs) ctx.out(JSON.stringify(o, null, 2) + "\n");
        return 0;
      }
      case "logs": {
        const id = operands[0];
        if (!id) {
          ctx.err(`FATA[0000] ID cannot be empty\n`);
          return 1;
        }
        const c = findContainer(rt.containers, id);
        if (!c) {
          ctx.err(`FATA[0000] rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found\n`);
          return 1;
        }
        const tail = rest.find((a) => a.startsWith("--tail="))?.slice(7) ?? (rest.includes("--tail") ? rest[rest.indexOf("--tail") + 1] : undefined);
        ctx.out(containerLog(ctx, c, tail !== undefined ? Number(tail) : undefined));
        return 0;
      }
      case "inspecti":
        ctx.err(`FATA[0000] no such image "${operands[0] ?? ""}" present\n`);
        return 1;
      case "info":
        ctx.out(
          JSON.stringify(
            {
              cniconfig: { Networks: [{ Config: { Name: "cni-loopback", CNIVersion: "0.3.1" }, IFName: "lo" }, { Config: { Name: "k8s-pod-network", CNIVersion: "0.3.1" }, IFName: "eth0" }], PluginConfDir: "/etc/cni/net.d", PluginDirs: ["/opt/cni/bin"], PluginMaxConfNum: 1, Prefix: "eth" },
              config: { containerd: { defaultRuntimeName: "runc", runtimes: { runc: { runtimeType: "io.containerd.runc.v2", options: { SystemdCgroup: true } } }, snapshotter: "overlayfs" }, sandboxImage: "registry.k8s.io/pause:3.10", cni: { binDir: "/opt/cni/bin", confDir: "/etc/cni/net.d" } },
              status: { conditions: [{ type: "RuntimeReady", status: true, reason: "", message: "" }, { type: "NetworkReady", status: true, reason: "", message: "" }, { type: "ContainerdHasNoDeprecationWarnings", status: true, reason: "", message: "" }] },
            },
            null,
            2,
          ) + "\n",
        );
        return 0;
    }
    return 0;
  },
};
